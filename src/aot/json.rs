//! The manifest's JSON layout: short containers on one line, so diffs stay readable.

/// Re-flows `serde_json`'s pretty output so that arrays and objects whose elements all fit on one
/// line of at most `width` characters are written on one line (`"shape": [768, 2304]`), for
/// readable diffs. Ends with a newline.
pub fn compact_json(pretty: &str, width: usize) -> String {
    // Each frame: the opening line and the rendered elements (each one or more lines).
    let mut stack: Vec<(String, Vec<Vec<String>>)> = vec![(String::new(), Vec::new())];
    for line in pretty.lines() {
        let t = line.trim();
        if t.ends_with('[') || t.ends_with('{') {
            stack.push((line.to_string(), Vec::new()));
        } else if t.starts_with(']') || t.starts_with('}') {
            let Some((open, items)) = stack.pop() else {
                return format!("{pretty}\n");
            };
            let mut rendered = Vec::new();
            let inline = items.iter().all(|i| i.len() == 1);
            let joined = format!(
                "{open}{}{t}",
                items
                    .iter()
                    .map(|i| i[0].trim())
                    .collect::<Vec<_>>()
                    .join(" ")
            );
            if inline && joined.chars().count() <= width {
                rendered.push(joined);
            } else {
                rendered.push(open);
                rendered.extend(items.into_iter().flatten());
                rendered.push(line.to_string());
            }
            match stack.last_mut() {
                Some(parent) => parent.1.push(rendered),
                None => return format!("{pretty}\n"),
            }
        } else {
            match stack.last_mut() {
                Some(parent) => parent.1.push(vec![line.to_string()]),
                None => return format!("{pretty}\n"),
            }
        }
    }
    let mut out = String::with_capacity(pretty.len());
    for line in stack.into_iter().flat_map(|(_, items)| items).flatten() {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::compact_json;

    #[test]
    fn short_containers_go_on_one_line() {
        let v = serde_json::json!({"a": [1, 2], "b": {"c": "x", "d": [3]}, "e": [], "f": "[not {"});
        let pretty = serde_json::to_string_pretty(&v).unwrap();
        let out = compact_json(&pretty, 80);
        assert_eq!(
            out,
            format!(
                "{}\n",
                serde_json::to_string(&v)
                    .unwrap()
                    .replace(",", ", ")
                    .replace(":", ": ")
            )
        );
        let narrow = compact_json(&pretty, 16);
        assert!(narrow.contains("\n  \"a\": [1, 2],\n"), "{narrow}");
        let back: serde_json::Value = serde_json::from_str(&narrow).unwrap();
        assert_eq!(back, v);
    }
}
