//! The commands that apply a fix: `postconf -e` for main.cf, `postconf -P` for one master.cf
//! service, an in-place edit for a Cyrus option.

use crate::doctor::finding::quote;
use crate::postfix::cyrus::CyrusConf;
use crate::postfix::effective::Settings;
use crate::postfix::master::Service;

/// Sets `name = value` where it takes effect: on the service when it overrides the name, else in
/// main.cf.
pub fn set_param(main: &Settings, service: Option<&Service>, name: &str, value: &str) -> String {
    match service.filter(|s| s.override_value(name).is_some()) {
        Some(service) => set_on_service(main, service, name, value),
        None => format!(
            "postconf -c {} -e {}",
            quote(&main.confdir.display().to_string()),
            quote(&format!("{name} = {value}"))
        ),
    }
}

/// Sets `name = value` as a `-o` override of one service only.
pub fn set_on_service(main: &Settings, service: &Service, name: &str, value: &str) -> String {
    format!(
        "postconf -c {} -P {}",
        quote(&main.confdir.display().to_string()),
        quote(&format!("{}/{name}={value}", service.id()))
    )
}

/// Sets `option: value` in a Cyrus file: the existing line replaced, or one appended.
pub fn set_cyrus_option(conf: &CyrusConf, option: &str, value: &str) -> String {
    let file = quote(&conf.path.display().to_string());
    if conf.get(option).is_some() {
        let escaped: String =
            value.chars().flat_map(|c| if "/&\\".contains(c) { vec!['\\', c] } else { vec![c] }).collect();
        format!(
            "sed -i {} {file}",
            quote(&format!("s/^[[:space:]]*{option}[[:space:]]*:.*/{option}: {escaped}/"))
        )
    } else {
        format!("printf '%s\\n' {} >> {file}", quote(&format!("{option}: {value}")))
    }
}
