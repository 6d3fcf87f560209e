/**
 * Least data on screen: enough for a person to recognise themselves, not enough for an onlooker.
 * Name: first and last character kept ("王小明" → "王○明"; two characters → "王○").
 * ID number: first letter and last 3 digits ("A123456789" → "A******789").
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return "○";
  if (chars.length === 2) return `${chars[0]}○`;
  return `${chars[0]}${"○".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

export function maskIdNumber(idNumber: string): string {
  const s = idNumber.trim();
  if (s.length < 5) return "*".repeat(s.length);
  return `${s[0]}${"*".repeat(s.length - 4)}${s.slice(-3)}`;
}
