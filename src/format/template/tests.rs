//! Tests of the template engine as a whole: parse, render and error text.

use super::*;
use serde_json::json;

fn render(src: &str, data: &Value) -> String {
    match Template::parse(src) {
        Ok(t) => t.render(data).unwrap_or_else(|e| panic!("render {src:?}: {e}")),
        Err(e) => panic!("parse {src:?}: {e}"),
    }
}

fn parse_err(src: &str) -> String {
    match Template::parse(src) {
        Ok(t) => panic!("{src:?} parsed: {t:?}"),
        Err(e) => e.to_string(),
    }
}

fn exec_err(src: &str, data: &Value) -> String {
    match Template::parse(src).map(|t| t.render(data)) {
        Ok(Ok(s)) => panic!("{src:?} rendered {s:?}"),
        Ok(Err(e)) => e.to_string(),
        Err(e) => panic!("parse {src:?}: {e}"),
    }
}

fn inspect() -> Value {
    json!({
        "Id": "sha256:abc",
        "RepoTags": ["busybox:latest", "busybox:1.36"],
        "Size": 4261550,
        "Config": {
            "Cmd": ["sh", "-c", "x"],
            "Env": ["PATH=/usr/bin", "A=b c"],
            "Labels": {"a.b": "dotted", "foo": "bar", "Zed": "z"},
            "Entrypoint": null,
        },
        "State": {"Status": "running", "Pid": 42},
        "Name": "web",
        "Ratio": 0.5,
    })
}

#[test]
fn docker_examples() {
    let d = inspect();
    assert_eq!(render("{{.Config.Cmd}}", &d), "[sh -c x]");
    assert_eq!(render("{{json .Config.Env}}", &d), r#"["PATH=/usr/bin","A=b c"]"#);
    assert_eq!(render("{{range .RepoTags}}{{.}} {{end}}", &d), "busybox:latest busybox:1.36 ");
    assert_eq!(render(r#"{{index .Config.Labels "a.b"}}"#, &d), "dotted");
    // Go's map[string]string gives "" for a missing key (and a nil map), not <no value>.
    assert_eq!(render(r#"[{{index .Config.Labels "nosuch"}}]"#, &d), "[]");
    assert_eq!(render(r#"[{{index .Config.Nothing "nosuch"}}]"#, &d), "[]");
    assert_eq!(render(r#"{{if eq .State.Status "running"}}up{{else}}down{{end}}"#, &d), "up");
    assert_eq!(render(r#"{{if eq .State.Status "exited"}}up{{else}}down{{end}}"#, &d), "down");
    assert_eq!(render(r#"{{printf "%-8s|" .Name}}"#, &d), "web     |");
}

#[test]
fn text_and_fields() {
    let d = inspect();
    assert_eq!(render("plain text", &d), "plain text");
    assert_eq!(render("", &d), "");
    assert_eq!(render("id={{.Id}} size={{.Size}}", &d), "id=sha256:abc size=4261550");
    assert_eq!(render("{{.Config.Labels.foo}}", &d), "bar");
    assert_eq!(render("{{.Missing}}", &d), "<no value>");
    // podman's Go field names over its lowercase JSON keys; exact keys first.
    assert_eq!(render("{{.Name}} {{.NetworkInterface}}", &json!({"name": "n", "network_interface": "eth0"})), "n eth0");
    assert_eq!(render("{{.Name}}", &json!({"name": "lower", "Name": "exact"})), "exact");
    assert_eq!(render("{{.name}}", &json!({"Name": "x"})), "<no value>");
    assert_eq!(render("{{.Missing.Deeper}}", &d), "<no value>");
    assert_eq!(render("{{.Config.Entrypoint}}", &d), "<no value>");
    assert_eq!(render("{{.Ratio}}", &d), "0.5");
    assert_eq!(render("{{.State}}", &d), "map[Pid:42 Status:running]");
    assert_eq!(render("{{.Config.Labels}}", &d), "map[Zed:z a.b:dotted foo:bar]");
    assert_eq!(render("{{.}}", &json!("just a string")), "just a string");
    assert_eq!(render("{{.}}", &json!([1, [true, null], {}])), "[1 [true <nil>] map[]]");
}

#[test]
fn trimming_and_comments() {
    let d = json!({"A": "a", "B": "b"});
    assert_eq!(render("x  {{- .A -}}  \n y", &d), "xay");
    assert_eq!(render("{{.A}} {{- .B}}", &d), "ab");
    assert_eq!(render("{{.A -}}\n\t{{.B}}", &d), "ab");
    assert_eq!(render("{{-3}}", &d), "-3");
    assert_eq!(render("a{{/* note */}}b", &d), "ab");
    assert_eq!(render("a {{- /* note */ -}} b", &d), "ab");
}

#[test]
fn variables() {
    let d = inspect();
    assert_eq!(render("{{$n := .Name}}{{$n}}-{{$n}}", &d), "web-web");
    assert_eq!(render("{{range .RepoTags}}{{$.Name}}:{{.}};{{end}}", &d), "web:busybox:latest;web:busybox:1.36;");
    assert_eq!(render("{{range $i, $e := .Config.Cmd}}{{$i}}={{$e}} {{end}}", &d), "0=sh 1=-c 2=x ");
    assert_eq!(render("{{range $e := .Config.Cmd}}{{$e}}{{end}}", &d), "sh-cx");
    assert_eq!(render("{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}", &d), "2");
    assert_eq!(render("{{with $s := .State}}{{$s.Pid}}{{end}}", &d), "42");
    assert_eq!(render("{{$.Config.Labels.foo}}", &d), "bar");
}

#[test]
fn control_structures() {
    let d = inspect();
    assert_eq!(render("{{if .Missing}}a{{else if .Name}}b{{else}}c{{end}}", &d), "b");
    assert_eq!(render("{{if .Missing}}a{{else if .Nope}}b{{else}}c{{end}}", &d), "c");
    assert_eq!(render("{{range .Config.Entrypoint}}x{{else}}none{{end}}", &d), "none");
    assert_eq!(render("{{range .Empty}}x{{else}}none{{end}}", &json!({"Empty": []})), "none");
    // Objects iterate in sorted key order, as Go ranges over maps.
    assert_eq!(render("{{range $k, $v := .Config.Labels}}{{$k}}={{$v}},{{end}}", &d), "Zed=z,a.b=dotted,foo=bar,");
    assert_eq!(render("{{with .State}}{{.Status}}{{end}}", &d), "running");
    assert_eq!(render("{{with .Missing}}yes{{else}}no{{end}}", &d), "no");
    assert_eq!(render("{{range .Config.Cmd}}{{if eq . \"-c\"}}{{break}}{{end}}{{.}}{{end}}", &d), "sh");
    assert_eq!(render("{{range .Config.Cmd}}{{if eq . \"-c\"}}{{continue}}{{end}}{{.}}{{end}}", &d), "shx");
    assert_eq!(render("{{range 3}}{{.}}{{end}}", &d), "012");
}

#[test]
fn literals_and_pipelines() {
    let d = inspect();
    assert_eq!(render(r#"{{"a\tb\n"}}"#, &d), "a\tb\n");
    assert_eq!(render(r#"{{`raw\t`}}"#, &d), "raw\\t");
    assert_eq!(render("{{1}} {{-2}} {{1.5}} {{0x1F}} {{1e6}} {{true}} {{'a'}}", &d), "1 -2 1.5 31 1e+06 true 97");
    assert_eq!(render("{{.Name | upper}}", &d), "WEB");
    assert_eq!(render(r#"{{.Name | printf "%s!"}}"#, &d), "web!");
    assert_eq!(render("{{(index .Config.Cmd 1) | len}}", &d), "2");
    assert_eq!(render("{{(.State).Status}}", &d), "running");
    assert_eq!(render("{{len (print .Name .Name)}}", &d), "6");
}

#[test]
fn functions() {
    let d = inspect();
    assert_eq!(render("{{len .RepoTags}} {{len .Config.Labels}} {{len .Name}}", &d), "2 3 3");
    assert_eq!(render("{{index .Config.Cmd 2}}", &d), "x");
    assert_eq!(render(r#"{{index . "Config" "Labels" "foo"}}"#, &d), "bar");
    assert_eq!(
        render(
            "{{eq .Size 4261550}} {{ne .Name \"web\"}} {{lt 1 2}} {{le 2 2}} {{gt 1.5 2}} {{ge \"b\" \"a\"}}",
            &d
        ),
        "true false true true false true"
    );
    assert_eq!(render(r#"{{eq .Name "x" "y" "web"}}"#, &d), "true");
    assert_eq!(
        render("{{and 1 0 2}} {{and 1 2}} {{or 0 \"\" .Name}} {{or 0 false}} {{not .Missing}}", &d),
        "0 2 web false true"
    );
    assert_eq!(render("{{and .Missing .Missing.X.Y}}", &json!({"Missing": null})), "<no value>");
    assert_eq!(render(r#"{{print "a" "b" 1 2 "c"}}"#, &d), "ab1 2c");
    assert_eq!(render(r#"{{println "a" 1}}"#, &d), "a 1\n");
    assert_eq!(render("{{lower \"ABC\"}} {{title \"hello wide-world\"}}", &d), "abc Hello Wide-World");
    assert_eq!(render(r#"{{join .Config.Cmd ","}}"#, &d), "sh,-c,x");
    assert_eq!(render(r#"{{split "a:b:c" ":"}}"#, &d), "[a b c]");
    assert_eq!(render(r#"{{index (split .Id ":") 1}}"#, &d), "abc");
    assert_eq!(render(r#"{{truncate .Id 6}} {{truncate "ab" 6}}"#, &d), "sha256 ab");
    assert_eq!(render(r#"[{{pad .Name 2 1}}] [{{pad "" 2 1}}]"#, &d), "[  web ] []");
    assert_eq!(render("{{slice .Config.Cmd 1}} {{slice .Name 0 2}}", &d), "[-c x] we");
    assert_eq!(
        render("{{json .State}} {{json .Missing}} {{json .Name}}", &d),
        r#"{"Status":"running","Pid":42} null "web""#
    );
}

#[test]
fn printf_verbs() {
    let d = inspect();
    assert_eq!(
        render(r#"{{printf "%s %d %v %q %t" .Name .Size .Config.Cmd .Name true}}"#, &d),
        r#"web 4261550 [sh -c x] "web" true"#
    );
    assert_eq!(
        render(r#"{{printf "%x %X %05d %+d %8.2f|%-4d|" 255 255 42 7 3.14159 5}}"#, &d),
        "ff FF 00042 +7     3.14|5   |"
    );
    assert_eq!(render(r#"{{printf "%10s|%.2s|%%|%e" "ab" "xyz" 1234.5}}"#, &d), "        ab|xy|%|1.234500e+03");
    assert_eq!(render(r#"{{printf "%d %s" 1}}"#, &d), "1 %!s(MISSING)");
    assert_eq!(render(r#"{{printf "%d" "x" }}"#, &d), "%!d(string=x)");
    assert_eq!(render(r#"{{printf "%q" .Config.Cmd}}"#, &d), r#"["sh" "-c" "x"]"#);
    assert_eq!(render(r#"{{printf "%s" 1 2}}"#, &d), "1%!(EXTRA int=2)");
    assert_eq!(render(r#"{{printf "%v %v" .Ratio 123456789.0}}"#, &d), "0.5 1.23456789e+08");
}

#[test]
fn fields_lists_top_level_names() {
    let t = Template::parse("table {{.ID}}\t{{.Size | upper}}\t{{range .Names}}{{.Inner}}{{end}}{{if .Cond}}{{.InIf}}{{end}}{{$.ID}}{{$.Root}}").unwrap();
    assert_eq!(t.fields(), vec!["ID", "Size", "Names", "Cond", "InIf", "Root"]);
}

#[test]
fn parse_errors() {
    assert_eq!(parse_err("{{.Name"), "template: unclosed action at column 1");
    assert_eq!(parse_err("abc {{.Name}"), r#"template: unexpected "}" in operand at column 12"#);
    assert_eq!(parse_err("{{nosuch .}}"), r#"template: function "nosuch" not defined at column 3"#);
    assert_eq!(parse_err("{{$x}}"), r#"template: undefined variable "$x" at column 3"#);
    assert!(parse_err("{{if .A}}x").contains("{{if}} has no matching {{end}}"));
    assert!(parse_err("x{{end}}").contains("unexpected {{end}} at column 2"));
    assert!(parse_err("{{else}}").contains("unexpected {{else}}"));
    assert!(parse_err("{{}}").contains("missing value for command"));
    assert!(parse_err("{{if}}x{{end}}").contains("missing value for if at column 5"));
    assert!(parse_err("{{\"abc}}").contains("unterminated quoted string"));
    assert!(parse_err("{{.A | \"x\"}}").contains("non executable command in pipeline stage 2"));
    assert!(parse_err("{{(.A}}").contains("unclosed left paren"));
    assert!(parse_err("{{break}}").contains("outside {{range}}"));
    assert!(parse_err("{{3x}}").contains("bad number syntax"));
    assert!(
        parse_err(&format!("{{{{{}.A{}}}}}", "(".repeat(500), ")".repeat(500))).contains("nested more than 100")
    );
    assert!(parse_err(&"{{if 1}}".repeat(500)).contains("nested more than 100"));
    assert!(parse_err("line one\n{{.A }\n").contains("at line 2, column 6"), "{}", parse_err("line one\n{{.A }\n"));
}

#[test]
fn exec_errors() {
    let d = inspect();
    assert_eq!(
        exec_err("{{.Name.First}}", &d),
        "template: executing <.Name.First> at column 3: can't evaluate field First in type string"
    );
    assert!(exec_err("{{index .Config.Cmd 9}}", &d).contains("error calling index: index out of range: 9"));
    assert!(exec_err("{{len 3}}", &d).contains("len of type int"));
    assert!(exec_err("{{lt .Name 3}}", &d).contains("incompatible types for comparison"));
    assert!(exec_err("{{.Name 3}}", &d).contains("can't give argument to non-function"));
    assert!(exec_err("{{range .Name}}{{end}}", &d).contains("range can't iterate over web"));
    assert!(exec_err("{{not}}", &d).contains("wrong number of args for not: want 1 got 0"));
}
