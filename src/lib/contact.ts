/** A phone number as a tel: link and as text that never breaks across lines. */
export function phoneLink(phone: string): { href: string; text: string } {
  return { href: `tel:${phone.replace(/[^+\d]/g, '')}`, text: phone.trim().replace(/\s+/g, '\u00a0') };
}
