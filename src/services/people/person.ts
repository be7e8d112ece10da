import { isSalutation, type Salutation } from '../../core/people/greeting.js';

/** Who is talking to a dialog: the fields of an employee row every flow needs. */
export interface Person {
  id: number;
  supervisorId: number | null;
  timeZone: string;
  /** Full name as registered, titles and degrees included; greetings shorten it. */
  name: string;
  /** `Bapak`/`Ibu` from the import's `sapaan`; null greets without one. */
  salutation: Salutation | null;
}

export function personOf(employee: {
  id: number;
  supervisorId: number | null;
  timeZone: string;
  name: string;
  salutation?: string | null;
}): Person {
  return {
    id: employee.id,
    supervisorId: employee.supervisorId,
    timeZone: employee.timeZone,
    name: employee.name,
    salutation: isSalutation(employee.salutation) ? employee.salutation : null,
  };
}
