//! Key case folding as Postfix does it for fixed-key tables (`FOLD_FIX`): ASCII lower-casing,
//! or, with SMTPUTF8 on, full Unicode case folding (ICU `U_FOLD_CASE_DEFAULT`) for non-ASCII keys.

use std::borrow::Cow;

pub fn fold_key(key: &[u8], utf8: bool) -> Cow<'_, [u8]> {
    // One branch-free pass over the key decides: most keys are lower-case ASCII, returned as
    // they are.
    let (upper, non_ascii) = key
        .iter()
        .fold((false, false), |(upper, high), &b| (upper | b.is_ascii_uppercase(), high | (b >= 0x80)));
    if !non_ascii || !utf8 {
        if upper {
            return Cow::Owned(key.to_ascii_lowercase());
        }
        return Cow::Borrowed(key);
    }
    match std::str::from_utf8(key) {
        Ok(text) => Cow::Owned(icu_casemap::CaseMapper::new().fold_string(text).into_owned().into_bytes()),
        // The parser drops non-UTF-8 lines in UTF-8 mode; a query key is folded the ASCII way.
        Err(_) => Cow::Owned(key.to_ascii_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(key: &str, utf8: bool) -> String {
        String::from_utf8(fold_key(key.as_bytes(), utf8).into_owned()).unwrap()
    }

    #[test]
    fn ascii_mode_leaves_non_ascii_bytes() {
        assert_eq!(folded("[SMTP.Example.COM]:587", false), "[smtp.example.com]:587");
        assert_eq!(folded("UTF8KEY.ÜBER.example", false), "utf8key.Über.example");
        // Lower-case keys come back as they are, without a copy, in either mode.
        for utf8 in [false, true] {
            assert!(matches!(fold_key(b"[smtp.example.com]:587", utf8), Cow::Borrowed(_)));
            assert!(matches!(fold_key("über".as_bytes(), false), Cow::Borrowed(_)));
        }
    }

    #[test]
    fn utf8_mode_folds_like_icu() {
        // reference §1.3, verified against Postfix 3.7 with ICU 72.
        for (key, stored) in [
            ("STRAẞE.example", "strasse.example"),
            ("straße2.example", "strasse2.example"),
            ("İSTANBUL.example", "i\u{307}stanbul.example"),
            ("ﬁle.example", "file.example"),
            ("ΣΟΦΟΣ.example", "σοφοσ.example"),
            ("Ωhm.example", "ωhm.example"),
            ("ÜBER", "über"),
            ("UTF8KEY.ÜBER.example", "utf8key.über.example"),
        ] {
            assert_eq!(folded(key, true), stored, "{key}");
        }
    }
}
