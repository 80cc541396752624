//! Kubernetes YAML checks for the kube tests.

/// Kubernetes' own schemas accept the YAML (strict: no unknown fields),
/// when `kubernetes-validate` (PyPI) is installed; skipped otherwise.
pub fn validate(file: &std::path::Path) {
    let run = |program: &str, pre: &[&str]| std::process::Command::new(program).args(pre).arg("--strict").arg(file).output().ok().filter(|o| o.status.code() != Some(127));
    let Some(out) = run("kubernetes-validate", &[]).or_else(|| run("python3", &["-m", "kubernetes_validate"]).filter(|o| !String::from_utf8_lossy(&o.stderr).contains("No module named"))) else {
        eprintln!("kubernetes-validate is not installed: skipped");
        return;
    };
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}
