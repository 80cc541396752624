//! `linux.sysctl`: kernel parameters written in the container's own
//! namespaces (after `pivot_root`, so `/proc/sys` is the container's view).

use oci_spec::runtime::Spec;

use super::RuntimeError;

/// The `/proc/sys` file of a sysctl key (`net.ipv4.ip_forward`).
fn path_of(key: &str) -> Result<String, RuntimeError> {
    if key.is_empty() || key.split(['.', '/']).any(|p| p.is_empty() || p == "..") {
        return Err(RuntimeError::InvalidSpec(format!("invalid sysctl name {key:?}")));
    }
    Ok(format!("/proc/sys/{}", key.replace('.', "/")))
}

/// Writes every sysctl of the spec.
pub(crate) fn apply(spec: &Spec) -> Result<(), RuntimeError> {
    let Some(map) = spec.linux().as_ref().and_then(|l| l.sysctl().as_ref()) else { return Ok(()) };
    for (k, v) in map {
        let path = path_of(k)?;
        std::fs::write(&path, v.as_bytes()).map_err(|e| RuntimeError::setup(&format!("set sysctl {k}={v}"), format!("{e} (is it a sysctl of a namespace the container has of its own?)")))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths() {
        assert_eq!(super::path_of("net.ipv4.ip_forward").unwrap(), "/proc/sys/net/ipv4/ip_forward");
        assert!(super::path_of("net..x").is_err());
        assert!(super::path_of("kernel/../x").is_err());
    }
}
