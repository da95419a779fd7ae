//! SCRAM secrets as Cyrus stores them in `authPassword` (RFC 5802 keys, reference §8.2):
//! `SCRAM-SHA-256$4096:<b64 salt>$<b64 StoredKey>:<b64 ServerKey>`.

use std::fmt;
use std::str::FromStr;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use hmac::digest::{Digest, KeyInit};
use hmac::{Hmac, Mac};
use thiserror::Error;
use zeroize::Zeroizing;

use crate::secrets::password::{constant_time_eq, Password};

pub const DEFAULT_ITERATIONS: u32 = 4096;
pub const SALT_LEN: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScramHash {
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl ScramHash {
    pub const ALL: [ScramHash; 5] =
        [ScramHash::Sha1, ScramHash::Sha224, ScramHash::Sha256, ScramHash::Sha384, ScramHash::Sha512];

    pub fn mechanism(self) -> &'static str {
        match self {
            ScramHash::Sha1 => "SCRAM-SHA-1",
            ScramHash::Sha224 => "SCRAM-SHA-224",
            ScramHash::Sha256 => "SCRAM-SHA-256",
            ScramHash::Sha384 => "SCRAM-SHA-384",
            ScramHash::Sha512 => "SCRAM-SHA-512",
        }
    }

    pub fn from_mechanism(name: &str) -> Option<ScramHash> {
        ScramHash::ALL.into_iter().find(|h| h.mechanism().eq_ignore_ascii_case(name))
    }
}

/// The keys derived from one password: RFC 5802 section 3.
pub struct ScramKeys {
    pub client_key: Zeroizing<Vec<u8>>,
    pub stored_key: Vec<u8>,
    pub server_key: Vec<u8>,
}

/// Runs `$body` with `$D` bound to the digest type of `$hash`.
macro_rules! with_digest {
    ($hash:expr, $D:ident => $body:expr) => {
        match $hash {
            ScramHash::Sha1 => {
                type $D = sha1::Sha1;
                $body
            }
            ScramHash::Sha224 => {
                type $D = sha2::Sha224;
                $body
            }
            ScramHash::Sha256 => {
                type $D = sha2::Sha256;
                $body
            }
            ScramHash::Sha384 => {
                type $D = sha2::Sha384;
                $body
            }
            ScramHash::Sha512 => {
                type $D = sha2::Sha512;
                $body
            }
        }
    };
}

pub fn derive_keys(hash: ScramHash, password: &[u8], salt: &[u8], iterations: u32) -> ScramKeys {
    let salted = with_digest!(hash, D => {
        let mut out = Zeroizing::new(vec![0u8; <D as Digest>::output_size()]);
        pbkdf2::pbkdf2_hmac::<D>(password, salt, iterations, &mut out);
        out
    });
    let client_key = Zeroizing::new(hmac(hash, &salted, b"Client Key"));
    let stored_key = digest(hash, &client_key);
    let server_key = hmac(hash, &salted, b"Server Key");
    ScramKeys { client_key, stored_key, server_key }
}

/// The bare hash function of the mechanism.
pub fn digest(hash: ScramHash, data: &[u8]) -> Vec<u8> {
    with_digest!(hash, D => D::digest(data).to_vec())
}

/// HMAC with the named hash; used by the keys above and by SCRAM signatures.
pub fn hmac(hash: ScramHash, key: &[u8], data: &[u8]) -> Vec<u8> {
    with_digest!(hash, D => {
        let mut mac = <Hmac<D> as KeyInit>::new_from_slice(key)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        mac.update(data);
        mac.finalize().into_bytes().to_vec()
    })
}

/// One `authPassword` value.
///
/// ```
/// use saslkit::secrets::password::Password;
/// use saslkit::secrets::scram::ScramSecret;
///
/// // A record Cyrus's saslpasswd2 wrote for the password "secret4".
/// let stored = "SCRAM-SHA-1$4096:qXxGTsQKVIO0IxJ+B/J+Uw==$IBrIP3iovUXKYT5f4uxthLAfIME=:J2iT1QOlJhyvf+r+HQPR8nr/YVw=";
/// let secret: ScramSecret = stored.parse().unwrap();
/// assert!(secret.verify(&Password::from_bytes(b"secret4")));
/// assert_eq!(secret.to_string(), stored);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScramSecret {
    pub hash: ScramHash,
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub stored_key: Vec<u8>,
    pub server_key: Vec<u8>,
}

#[derive(Debug, Error, PartialEq, Eq)]
#[error("not a SCRAM authPassword value: {0}")]
pub struct ParseScramError(&'static str);

impl ScramSecret {
    pub fn derive(hash: ScramHash, password: &Password, salt: &[u8], iterations: u32) -> ScramSecret {
        let keys = derive_keys(hash, password.as_bytes(), salt, iterations);
        ScramSecret {
            hash,
            iterations,
            salt: salt.to_vec(),
            stored_key: keys.stored_key,
            server_key: keys.server_key,
        }
    }

    /// A new secret with a fresh 16-byte random salt, as Cyrus makes them.
    pub fn generate(
        hash: ScramHash,
        password: &Password,
        iterations: u32,
    ) -> Result<ScramSecret, getrandom::Error> {
        let mut salt = [0u8; SALT_LEN];
        getrandom::getrandom(&mut salt)?;
        Ok(ScramSecret::derive(hash, password, &salt, iterations))
    }

    /// Whether `password` produces the same keys, compared in constant time.
    pub fn verify(&self, password: &Password) -> bool {
        let keys = derive_keys(self.hash, password.as_bytes(), &self.salt, self.iterations);
        constant_time_eq(&keys.stored_key, &self.stored_key)
            & constant_time_eq(&keys.server_key, &self.server_key)
    }
}

impl fmt::Display for ScramSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}${}:{}${}:{}",
            self.hash.mechanism(),
            self.iterations,
            B64.encode(&self.salt),
            B64.encode(&self.stored_key),
            B64.encode(&self.server_key)
        )
    }
}

impl FromStr for ScramSecret {
    type Err = ParseScramError;

    fn from_str(value: &str) -> Result<ScramSecret, ParseScramError> {
        let (mech, rest) = value.split_once('$').ok_or(ParseScramError("no `$` after the mechanism"))?;
        let hash = ScramHash::from_mechanism(mech).ok_or(ParseScramError("unknown SCRAM mechanism"))?;
        let (iter_salt, keys) = rest.split_once('$').ok_or(ParseScramError("no `$` before the keys"))?;
        let (iterations, salt) =
            iter_salt.split_once(':').ok_or(ParseScramError("no `:` after the iteration count"))?;
        let (stored, server) = keys.split_once(':').ok_or(ParseScramError("no `:` between the keys"))?;
        let iterations = iterations.parse().map_err(|_| ParseScramError("bad iteration count"))?;
        let decode = |text: &str| B64.decode(text).map_err(|_| ParseScramError("bad base64"));
        let secret = ScramSecret {
            hash,
            iterations,
            salt: decode(salt)?,
            stored_key: decode(stored)?,
            server_key: decode(server)?,
        };
        let size = derive_keys(hash, b"", b"", 1).stored_key.len();
        if secret.stored_key.len() != size || secret.server_key.len() != size {
            return Err(ParseScramError("key length does not match the hash"));
        }
        Ok(secret)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(text: &str) -> Vec<u8> {
        B64.decode(text).unwrap()
    }

    /// Runs RFC 5802's exchange over derived keys and returns (proof, server signature) in base64.
    fn rfc_exchange(
        hash: ScramHash,
        salt: &str,
        client_first_bare: &str,
        server_first: &str,
        final_bare: &str,
    ) -> (String, String) {
        let keys = derive_keys(hash, b"pencil", &b64(salt), 4096);
        let auth_message = format!("{client_first_bare},{server_first},{final_bare}");
        let signature = hmac(hash, &keys.stored_key, auth_message.as_bytes());
        let proof: Vec<u8> = keys.client_key.iter().zip(&signature).map(|(a, b)| a ^ b).collect();
        (B64.encode(proof), B64.encode(hmac(hash, &keys.server_key, auth_message.as_bytes())))
    }

    #[test]
    fn rfc5802_sha1_vector() {
        let (proof, verifier) = rfc_exchange(
            ScramHash::Sha1,
            "QSXCR+Q6sek8bf92",
            "n=user,r=fyko+d2lbbFgONRv9qkxdawL",
            "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
            "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j",
        );
        assert_eq!(proof, "v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=");
        assert_eq!(verifier, "rmF9pqV8S7suAoZWja4dJRkFsKQ=");
    }

    #[test]
    fn rfc7677_sha256_vector() {
        let (proof, verifier) = rfc_exchange(
            ScramHash::Sha256,
            "W22ZaJ0SNY7soEsUEjb6gQ==",
            "n=user,r=rOprNGfwEbeRWgbNEkqO",
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0",
        );
        assert_eq!(proof, "dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
        assert_eq!(verifier, "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    }

    #[test]
    fn verifies_values_cyrus_wrote() {
        // reference §13.2 (Debian, 10000 iterations) and §14.2 (LMDB build, 4096).
        for (value, password) in [
            ("SCRAM-SHA-1$10000:QrBYdYkODV13Yy3PAezPSw==$JW9KcgkvSNnGBn66tHvKc22wnNk=:1AFWaQF7BPsiyLyXwMLjRLy95wc=", "secret3"),
            ("SCRAM-SHA-1$10000:cqR5On4HcJG1nGD4SmIJfg==$HlA3dqYrcAfbM6FLVw1y1cds72k=:riFvM2Nkkr3FHa1WTS+ooAz5yLE=", "secret2"),
            ("SCRAM-SHA-1$4096:qXxGTsQKVIO0IxJ+B/J+Uw==$IBrIP3iovUXKYT5f4uxthLAfIME=:J2iT1QOlJhyvf+r+HQPR8nr/YVw=", "secret4"),
            ("SCRAM-SHA-1$4096:jXVqCyvm/0lbSiz7ld0rlg==$KvUVoQbVD+zHmwzdoKZRWLF5tBM=:7GSxh493mjC06UMZxxMErSOnSRE=", "secret5"),
        ] {
            let secret: ScramSecret = value.parse().unwrap();
            assert!(secret.verify(&Password::from_bytes(password.as_bytes())), "{value}");
            assert!(!secret.verify(&Password::from_bytes(b"wrong")));
            // Re-deriving with the stored salt gives the stored value byte for byte.
            let again = ScramSecret::derive(secret.hash, &Password::from_bytes(password.as_bytes()), &secret.salt, secret.iterations);
            assert_eq!(again.to_string(), value);
        }
    }

    #[test]
    fn generated_secret_has_cyrus_shape() {
        let secret = ScramSecret::generate(ScramHash::Sha256, &Password::from_bytes(b"pw"), 4096).unwrap();
        let text = secret.to_string();
        assert!(text.starts_with("SCRAM-SHA-256$4096:"), "{text}");
        let salt_b64 = text.split(['$', ':']).nth(2).unwrap();
        assert_eq!(salt_b64.len(), 24);
        assert!(salt_b64.ends_with("=="));
        assert_eq!(text.parse::<ScramSecret>().unwrap(), secret);
    }

    #[test]
    fn parse_rejects_malformed() {
        for bad in
            ["", "SCRAM-SHA-1", "MD5$1:a$b:c", "SCRAM-SHA-1$x:AAAA$AAAA:AAAA", "SCRAM-SHA-1$1:AAAA$AAAA:AAAA"]
        {
            assert!(bad.parse::<ScramSecret>().is_err(), "{bad}");
        }
    }
}
