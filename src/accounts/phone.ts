/**
 * Phone numbers as dika stores them: digits only, international form without "+" (62…), so a
 * number HR typed as `0812-3456-7890` matches the `+62 812 3456 7890` a Telegram contact carries.
 */
export function normalizePhone(input: string): string | undefined {
  let digits = input.replace(/\D/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2); // international call prefix
  if (digits.startsWith('0'))
    digits = `62${digits.slice(1)}`; // domestic trunk prefix
  else if (digits.startsWith('8')) digits = `62${digits}`; // mobile number written without any prefix
  // Shorter than a fixed line with area code: not a phone number we could ever match.
  return digits.length >= 9 && digits.length <= 15 ? digits : undefined;
}
