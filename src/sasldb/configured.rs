//! The user store a Cyrus configuration file names (`--sasl-config`): what smtpd reads is what
//! saslkit writes.

use std::path::Path;

use crate::sasldb::error::DbResult;
use crate::sasldb::sql::{SqlConfig, SqlStore};
use crate::sasldb::store::{Access, OpenOptions, Store};

/// The store a Cyrus file (`--sasl-config`) configures: the sql plugin's database, else its
/// `sasldb_path` (or the default sasldb), as a new file in the container the installed Cyrus reads.
pub fn open_configured(conf: &Path, access: Access, options: &OpenOptions) -> DbResult<Box<dyn Store>> {
    let conf = crate::postfix::cyrus::CyrusConf::load(conf).map_err(|err| {
        use crate::error::HasKind;
        let kind = err.kind();
        crate::sasldb::DbError::Server { target: "--sasl-config".into(), message: err.to_string(), kind }
    })?;
    if let Some(config) = SqlConfig::from_cyrus(&conf, &options.sql)? {
        return Ok(Box::new(SqlStore::open(config, access)?));
    }
    let path =
        conf.get("sasldb_path").map(std::path::PathBuf::from).unwrap_or_else(crate::sasldb::default_path);
    let new_file = crate::sasldb::installed::backend_for_new(&path, None);
    crate::sasldb::open::open(&path, access, options, new_file)
}
