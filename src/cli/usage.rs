//! The usage shown after a usage error, cut to the forms the user was writing.
//!
//! A command with many forms (`ebs`, `lambda`, `cidr`, `limit`) has a usage of 8 to 14
//! lines. After a mistake, the forms that use the options the user typed are the ones worth
//! reading; the rest are one `--help` away, and the closing line says how many there are.

/// The most forms shown after an error.
const SHOWN: usize = 3;

/// A usage of this many forms or fewer is shown whole.
const WHOLE: usize = 4;

/// clap's rendered error (`error: …`, tips, `Usage: …`, `For more information …`) with its
/// usage cut to the forms that best match the words typed and the options the message and
/// its tips name. An error whose usage has [`WHOLE`] forms or fewer is returned unchanged.
pub(super) fn trim_error(rendered: &str, words: &[&str]) -> String {
    let lines: Vec<&str> = rendered.lines().collect();
    let Some(start) = lines.iter().position(|l| l.starts_with("Usage: ")) else {
        return rendered.to_string();
    };
    let end = lines[start..]
        .iter()
        .position(|l| l.trim().is_empty())
        .map_or(lines.len(), |n| start + n);
    // Options the message names ("one of --size, --total … is required", a tip's
    // "a similar argument exists: '--groups'") count as typed.
    let named: Vec<&str> = lines[..start]
        .iter()
        .flat_map(|l| l.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')))
        .filter(|t| t.starts_with("--"))
        .collect();
    let words: Vec<&str> = words.iter().copied().chain(named).collect();
    let Some(usage) = trim_usage(&lines[start..end].join("\n"), &words) else {
        return rendered.to_string();
    };
    let mut out: Vec<String> = lines[..start].iter().map(|l| (*l).to_string()).collect();
    out.push(usage.forms);
    out.push(String::new());
    out.push(usage.closing);
    out.join("\n") + "\n"
}

/// A usage cut to its best forms and the line that closes the error.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Trimmed {
    /// `Usage: ` and the forms kept, each with its continuation lines.
    pub(super) forms: String,
    /// "The other N forms: awscalc ebs --help".
    pub(super) closing: String,
}

/// `usage` (starting `Usage: `) cut to at most [`SHOWN`] forms, those naming the most of
/// the options in `words`, in their own order; `None` when it has [`WHOLE`] or fewer.
pub(super) fn trim_usage(usage: &str, words: &[&str]) -> Option<Trimmed> {
    let body = usage.strip_prefix("Usage: ")?;
    let mut forms: Vec<Vec<&str>> = Vec::new();
    for line in body.lines() {
        match forms.last_mut() {
            Some(form) if !line.trim_start().starts_with("awscalc ") => form.push(line),
            _ => forms.push(vec![line.trim_start()]),
        }
    }
    if forms.len() <= WHOLE {
        return None;
    }
    let typed: Vec<&str> = words
        .iter()
        .filter_map(|w| w.split('=').next())
        .filter(|w| w.starts_with("--") && w.len() > 2)
        .collect();
    let score = |form: &Vec<&str>| {
        let text = form.join(" ");
        let names: Vec<&str> = text
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .filter(|t| t.starts_with("--"))
            .collect();
        typed.iter().filter(|t| names.contains(t)).count()
    };
    let mut order: Vec<usize> = (0..forms.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(score(&forms[i])));
    let mut kept: Vec<usize> = order.into_iter().take(SHOWN).collect();
    kept.sort_unstable();
    let command = command_path(&forms);
    let mut text = String::from("Usage: ");
    for (n, &i) in kept.iter().enumerate() {
        for (k, line) in forms[i].iter().enumerate() {
            if n > 0 && k == 0 {
                text.push_str("\n       ");
            } else if k > 0 {
                text.push('\n');
            }
            text.push_str(line);
        }
    }
    let closing = match forms.len() - kept.len() {
        1 => format!("The other form: {command} --help"),
        others => format!("The other {others} forms: {command} --help"),
    };
    Some(Trimmed {
        forms: text,
        closing,
    })
}

/// The words every form starts with: `awscalc ebs`, `awscalc limit`.
fn command_path(forms: &[Vec<&str>]) -> String {
    let heads: Vec<Vec<&str>> = forms
        .iter()
        .map(|form| form[0].split_whitespace().collect())
        .collect();
    let mut path: Vec<&str> = Vec::new();
    for (k, word) in heads[0].iter().enumerate() {
        let plain = word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !word.starts_with('-');
        if plain && heads.iter().all(|h| h.get(k) == Some(word)) {
            path.push(word);
        } else {
            break;
        }
    }
    path.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const EBS: &str = "Usage: awscalc ebs --type TYPE --size SIZE [--iops N]
       awscalc ebs (--iops N | --throughput MIB/S)... [--type TYPE]
       awscalc ebs --io-size SIZE (--iops N | --throughput MIB/S)
       awscalc ebs --type TYPE --size SIZE [--volumes N --raid 0|1]
                   [--instance-iops N]
       awscalc ebs --type gp2|st1|sc1 --size SIZE --iops N [--for D]";

    #[test]
    fn a_short_usage_is_kept_whole() {
        let usage = "Usage: awscalc rcu --size S
       awscalc rcu --item FILE
       awscalc rcu --items N --size S
       awscalc rcu (--total SIZE | --batch SIZE,SIZE...)";
        assert_eq!(trim_usage(usage, &["--bogus"]), None);
    }

    #[test]
    fn the_forms_naming_the_typed_options_are_kept_in_order() {
        let trimmed = trim_usage(EBS, &["ebs", "--raid", "1", "--instance-iops", "9", "--x"]);
        let trimmed = trimmed.unwrap();
        // The RAID form names both typed options; the first two forms come next by order
        // (none names them), so three forms of five stay, in their own order.
        assert_eq!(
            trimmed.forms,
            "Usage: awscalc ebs --type TYPE --size SIZE [--iops N]
       awscalc ebs (--iops N | --throughput MIB/S)... [--type TYPE]
       awscalc ebs --type TYPE --size SIZE [--volumes N --raid 0|1]
                   [--instance-iops N]"
        );
        assert_eq!(trimmed.closing, "The other 2 forms: awscalc ebs --help");
    }

    #[test]
    fn an_option_given_with_equals_counts() {
        let trimmed = trim_usage(EBS, &["--io-size=16kib", "--for", "1h"]).unwrap();
        assert!(trimmed.forms.contains("awscalc ebs --io-size SIZE"));
        assert!(!trimmed.forms.contains("--volumes N"));
        assert!(trimmed.forms.contains("--for D"));
    }

    #[test]
    fn subcommand_forms_share_the_parent_path() {
        let usage = "Usage: awscalc limit presign --expires D
       awscalc limit waf --requests N
       awscalc limit kms --size SIZE
       awscalc limit secrets --rotate-every D
       awscalc limit route53 --values N";
        let trimmed = trim_usage(usage, &["limit", "--values", "9"]).unwrap();
        assert_eq!(trimmed.closing, "The other 2 forms: awscalc limit --help");
        assert!(trimmed.forms.contains("route53"));
    }

    #[test]
    fn the_error_keeps_its_message_and_tips() {
        let rendered = format!(
            "error: unexpected argument '--x' found\n\n  tip: try '--for'\n\n{EBS}\n\nFor more information, try '--help'.\n"
        );
        let out = trim_error(&rendered, &["--for"]);
        assert!(out.starts_with(
            "error: unexpected argument '--x' found\n\n  tip: try '--for'\n\nUsage: "
        ));
        assert!(out.ends_with("\n\nThe other 2 forms: awscalc ebs --help\n"));
        assert_eq!(out.lines().filter(|l| l.contains("awscalc ebs")).count(), 4);
    }

    #[test]
    fn options_the_message_names_count_as_typed() {
        let rendered = format!(
            "error: one of --io-size or --for is required\n\n{EBS}\n\nFor more information, try '--help'.\n"
        );
        let out = trim_error(&rendered, &[]);
        assert!(out.contains("awscalc ebs --io-size SIZE"));
        assert!(out.contains("[--for D]"));
    }
}
