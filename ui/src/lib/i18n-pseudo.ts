// The pseudo-locale's text (en-XA): every ASCII letter accented, every vowel doubled
// (about 40 % longer), so a layout test sees clipped or hard-coded text at once. The same
// rule as the Rust side's (crates/ulazai-i18n/src/pseudo.rs); both are held to the same
// examples (tests/i18n.test.ts and the crate's unit test).
const PLAIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ACCENTED = [...'ȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẓ'];
const VOWELS = 'aeiouyAEIOUY';

export function pseudoText(text: string): string {
  let out = '';
  for (const c of text) {
    const i = PLAIN.indexOf(c);
    const mapped = i >= 0 ? ACCENTED[i] : c;
    out += VOWELS.includes(c) ? mapped + mapped : mapped;
  }
  return out;
}
