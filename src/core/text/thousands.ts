/** "12345" → "12 345", "-1234" → "-1 234": digits grouped by three with a narrow no-break space, as French writes them. */
export function groupThousands(digits: string | number): string {
  return String(digits).replace(/\B(?=(\d{3})+$)/g, "\u202f");
}
