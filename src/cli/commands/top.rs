//! `dhow top`: the running processes of a container.

use crate::engine::containers::top;
use crate::engine::Engine;
use clap::Args;

#[derive(Args, Debug)]
pub struct TopArgs {
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    pub container: Option<String>,
    /// The most recently created container (the first word is then a ps option)
    #[arg(short, long)]
    pub latest: bool,
    /// Options for ps (default: the columns of ps -ef), or podman's format descriptors (pid user args comm pcpu etime time tty ppid pgid nice group ruser rgroup huser hgroup hpid vsz state stime seccomp label capeff capprm capinh capbnd capamb, or AIX codes %p %U %a ...; comma-separated too)
    #[arg(value_name = "PS_OPTIONS", trailing_var_arg = true, allow_hyphen_values = true)]
    pub ps_options: Vec<String>,
}

pub fn exec(engine: &Engine, mut args: TopArgs) -> anyhow::Result<()> {
    let container = super::targets::one_container(engine, args.latest, args.container.take(), &mut args.ps_options)?;
    let t = top::top(engine, &container, &args.ps_options)?;
    print!("{}", render(&t));
    Ok(())
}

/// docker's layout: Go's `tabwriter.NewWriter(out, 20, 1, 3, ' ', 0)`,
/// every column but the last at least 20 wide with 3 spaces of padding.
pub(crate) fn render(t: &top::Top) -> String {
    let rows: Vec<&Vec<String>> = std::iter::once(&t.titles).chain(t.processes.iter()).collect();
    let cols = t.titles.len();
    let width = |c: usize| rows.iter().filter_map(|r| r.get(c)).map(|s| s.chars().count()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..cols).map(|c| (width(c) + 3).max(20)).collect();
    let mut out = String::new();
    for r in rows {
        let mut line = String::new();
        for (c, cell) in r.iter().enumerate() {
            if c + 1 < r.len() {
                line.push_str(&format!("{cell:<w$}", w = widths[c]));
            } else {
                line.push_str(cell);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_at_least_twenty_wide() {
        let t = top::Top { titles: vec!["UID".into(), "PID".into(), "CMD".into()], processes: vec![vec!["0".into(), "42".into(), "sleep 1".into()]] };
        let s = render(&t);
        assert_eq!(s, format!("{:<20}{:<20}CMD\n{:<20}{:<20}sleep 1\n", "UID", "PID", "0", "42"));
    }
}
