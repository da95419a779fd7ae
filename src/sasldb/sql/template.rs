//! Cyrus's sql plugin statements (`sql_select`, `sql_insert`, `sql_update`) with their macros
//! (`%u` user, `%r` realm, `%p` property, `%v` value, `%%`), turned into a statement whose values
//! are bound, never spliced: a quoted `'%u'` becomes one placeholder, a quoted literal that mixes
//! text and macros (`'%u@%r'`) becomes the engine's concatenation of placeholders and literals,
//! and a bare `%p` (a column name in the recommended schema) is spliced only when it is a plain
//! identifier. Cyrus itself splices escaped values, and its sqlite3 engine escapes wrongly.

/// How an engine writes what the statement needs.
pub trait Dialect {
    /// The `n`th placeholder (from 1): `$1`, `?`, `?1`.
    fn placeholder(&self, n: usize) -> String;
    /// The concatenation of SQL expressions.
    fn concat(&self, parts: &[String]) -> String;
}

/// The values of one statement's macros.
#[derive(Debug, Clone, Copy)]
pub struct Macros<'a> {
    pub user: &'a str,
    pub realm: &'a str,
    /// The property, or `*` for Cyrus's "does the row exist" select.
    pub property: &'a str,
    /// `None` is SQL NULL (a property being removed).
    pub value: Option<&'a str>,
}

/// A statement ready to run: SQL text with placeholders and the values bound to them, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement<'a> {
    pub sql: String,
    pub params: Vec<Option<&'a str>>,
}

/// Expands `template`; the error says what in the template cannot be expanded safely.
pub fn expand<'a>(
    template: &str,
    macros: &Macros<'a>,
    dialect: &dyn Dialect,
) -> Result<Statement<'a>, String> {
    let mut out = Statement { sql: String::with_capacity(template.len() + 16), params: Vec::new() };
    let mut rest = template;
    while let Some(at) = rest.find(['\'', '%']) {
        out.sql.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('\'') {
            let (literal, after) = quoted(rest)?;
            expand_literal(literal, macros, dialect, &mut out)?;
            rest = after;
        } else {
            let (name, after) = split_macro(rest)?;
            match name {
                '%' => out.sql.push('%'),
                'p' if macros.property == "*" || is_identifier(macros.property) => {
                    out.sql.push_str(macros.property)
                }
                'p' => return Err(format!("the property {} is no plain column name", macros.property)),
                _ => {
                    let placeholder = bind(name, macros, dialect, &mut out.params, false)?;
                    out.sql.push_str(&placeholder);
                }
            }
            rest = after;
        }
    }
    out.sql.push_str(rest);
    Ok(out)
}

/// A literal `'…'` at the start of `text` (a doubled `''` is a quote inside it): its inside,
/// still escaped, and what follows it.
fn quoted(text: &str) -> Result<(&str, &str), String> {
    let bytes = text.as_bytes();
    let mut i = 1;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            if bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return Ok((&text[1..i], &text[i + 1..]));
        }
        i += 1;
    }
    Err("a quoted string is not closed".into())
}

/// `%x` at the start of `text`: the macro's letter and what follows.
fn split_macro(text: &str) -> Result<(char, &str), String> {
    let mut chars = text[1..].chars();
    match chars.next() {
        Some(c @ ('%' | 'u' | 'r' | 'p' | 'v')) => Ok((c, chars.as_str())),
        Some('a') => Err("%a (the client's address) is only known to a server".into()),
        Some(c) => Err(format!("%{c} is no macro of Cyrus's sql plugin (%u %r %p %v %%)")),
        None => Err("a % at the end".into()),
    }
}

/// One quoted literal: a lone macro is one placeholder; a mix is a concatenation.
fn expand_literal<'a>(
    literal: &str,
    macros: &Macros<'a>,
    dialect: &dyn Dialect,
    out: &mut Statement<'a>,
) -> Result<(), String> {
    if !literal.contains('%') {
        out.sql.push('\'');
        out.sql.push_str(literal);
        out.sql.push('\'');
        return Ok(());
    }
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut rest = literal;
    while let Some(at) = rest.find('%') {
        text.push_str(&rest[..at]);
        let (name, after) = split_macro(&rest[at..])?;
        rest = after;
        if name == '%' {
            text.push('%');
            continue;
        }
        if !text.is_empty() {
            parts.push(format!("'{}'", std::mem::take(&mut text)));
        }
        parts.push(bind(name, macros, dialect, &mut out.params, true)?);
    }
    text.push_str(rest);
    if !text.is_empty() {
        parts.push(format!("'{text}'"));
    }
    out.sql.push_str(&if parts.len() == 1 { parts.remove(0) } else { dialect.concat(&parts) });
    Ok(())
}

/// Binds one macro's value and returns its placeholder. Inside quotes the property is a value
/// too; outside them it is a column name, spliced by the caller.
fn bind<'a>(
    name: char,
    macros: &Macros<'a>,
    dialect: &dyn Dialect,
    params: &mut Vec<Option<&'a str>>,
    quoted: bool,
) -> Result<String, String> {
    let value = match name {
        'u' => Some(macros.user),
        'r' => Some(macros.realm),
        'v' => macros.value,
        'p' if quoted => Some(macros.property),
        _ => return Err(format!("%{name} cannot stand here")),
    };
    params.push(value);
    Ok(dialect.placeholder(params.len()))
}

fn is_identifier(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Pg;
    impl Dialect for Pg {
        fn placeholder(&self, n: usize) -> String {
            format!("${n}")
        }
        fn concat(&self, parts: &[String]) -> String {
            format!("({})", parts.join(" || "))
        }
    }

    fn macros(value: Option<&str>) -> Macros<'_> {
        Macros { user: "o'brien", realm: "example.org", property: "userPassword", value }
    }

    #[test]
    fn quoted_macros_become_placeholders() {
        let s = expand("SELECT %p FROM users WHERE username = '%u' AND realm = '%r'", &macros(None), &Pg)
            .unwrap();
        assert_eq!(s.sql, "SELECT userPassword FROM users WHERE username = $1 AND realm = $2");
        assert_eq!(s.params, vec![Some("o'brien"), Some("example.org")]);
    }

    #[test]
    fn a_removed_value_is_null_not_the_string_null() {
        let s = expand("UPDATE users SET %p = '%v' WHERE username = '%u'", &macros(None), &Pg).unwrap();
        assert_eq!(s.sql, "UPDATE users SET userPassword = $1 WHERE username = $2");
        assert_eq!(s.params, vec![None, Some("o'brien")]);
    }

    #[test]
    fn a_mixed_literal_is_a_concatenation() {
        let s =
            expand("SELECT v FROM t WHERE id = '%u@%r' AND x = 'it''s 100%%'", &macros(None), &Pg).unwrap();
        assert_eq!(s.sql, "SELECT v FROM t WHERE id = ($1 || '@' || $2) AND x = 'it''s 100%'");
        assert_eq!(s.params, vec![Some("o'brien"), Some("example.org")]);
    }

    #[test]
    fn a_quoted_property_is_bound() {
        let s = expand("SELECT value FROM props WHERE attr = '%p'", &macros(None), &Pg).unwrap();
        assert_eq!(s.sql, "SELECT value FROM props WHERE attr = $1");
        assert_eq!(s.params, vec![Some("userPassword")]);
    }

    #[test]
    fn what_cannot_be_expanded_safely_is_refused() {
        let odd = Macros { property: "a; DROP TABLE users", ..macros(None) };
        assert!(expand("SELECT %p FROM users", &odd, &Pg).is_err());
        assert!(expand("SELECT '%u FROM users", &macros(None), &Pg).is_err());
        assert!(expand("SELECT x FROM t WHERE ip = '%a'", &macros(None), &Pg).is_err());
        assert!(expand("SELECT %q", &macros(None), &Pg).is_err());
        assert!(expand("SELECT 5%", &macros(None), &Pg).is_err());
    }

    #[test]
    fn the_wildcard_property_is_cyrus_row_test() {
        let star = Macros { property: "*", ..macros(None) };
        let s = expand("SELECT %p FROM users WHERE username = '%u'", &star, &Pg).unwrap();
        assert_eq!(s.sql, "SELECT * FROM users WHERE username = $1");
    }

    proptest::proptest! {
        /// Whatever the statement and the values: no panic, and when it expands, no value is in
        /// the SQL text (each is bound) and there is one placeholder per bound value.
        #[test]
        fn values_never_reach_the_sql_text(
            template in "[ -~]{0,80}",
            user in "[ -~]{1,20}",
            realm in "[ -~]{1,20}",
            value in proptest::option::of("[ -~]{1,20}"),
        ) {
            let marker = |s: &str| format!("\u{1}{s}\u{1}");
            let (user, realm) = (marker(&user), marker(&realm));
            let value = value.map(|v| marker(&v));
            let macros = Macros { user: &user, realm: &realm, property: "userPassword", value: value.as_deref() };
            if let Ok(statement) = expand(&template, &macros, &Pg) {
                proptest::prop_assert!(!statement.sql.contains('\u{1}'), "{}", statement.sql);
                let marks = (1..=statement.params.len()).filter(|n| statement.sql.contains(&format!("${n}"))).count();
                proptest::prop_assert_eq!(marks, statement.params.len());
            }
        }
    }
}
