/** Who is talking to a dialog: the fields of an employee row every flow needs. */
export interface Person {
  id: number;
  supervisorId: number | null;
  timeZone: string;
}

export function personOf(employee: { id: number; supervisorId: number | null; timeZone: string }): Person {
  return { id: employee.id, supervisorId: employee.supervisorId, timeZone: employee.timeZone };
}
