//! The pseudo-locale's text: every ASCII letter accented, every vowel doubled (about 40 %
//! longer, as German and French often are), so a layout test sees clipped or hard-coded
//! text at once. The UI makes the same text (`ui/src/lib/i18n-pseudo.ts`); both are held
//! to the same examples.

const PLAIN: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const ACCENTED: &str = "ȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẓ";

/// `text` in the pseudo-locale (the brackets around a whole message are the
/// [`crate::Localizer`]'s, not this).
pub fn pseudo_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let mapped = PLAIN
            .find(c)
            .and_then(|i| ACCENTED.chars().nth(i))
            .unwrap_or(c);
        out.push(mapped);
        if "aeiouyAEIOUY".contains(c) {
            out.push(mapped);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_and_vowels_doubled() {
        // The same examples are in ui/src/lib/i18n-pseudo.test.ts.
        assert_eq!(pseudo_text("Render finished"), "Řḗḗƞḓḗḗř ƒīīƞīīşħḗḗḓ");
        assert_eq!(pseudo_text("2 clips · 8 s"), "2 ƈŀīīƥş · 8 ş");
    }
}
