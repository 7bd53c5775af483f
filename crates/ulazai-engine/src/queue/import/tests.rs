use super::*;

/// The simulator's model matrix, as the engine reads it.
pub(crate) fn matrix() -> Vec<ModelInfo> {
    let models: Vec<serde_json::Value> = ulazai_sim::models::all()
        .iter()
        .map(|m| m.to_json(None))
        .collect();
    let body = serde_json::json!({"success": true, "models": models}).to_string();
    crate::api::parse_models_body(&body).expect("the simulator's matrix reads")
}

fn form() -> GenerateParams {
    GenerateParams {
        model_slug: "kling_3_0".into(),
        prompt: "whatever the form holds".into(),
        aspect_ratio: Some("9:16".into()),
        duration_seconds: Some(10),
        quality_mode: Some("pro".into()),
        count: 2,
        ..Default::default()
    }
}

fn lines(p: &QueuePreview) -> (Vec<u32>, Vec<u32>) {
    (
        p.items.iter().filter_map(|i| i.line).collect(),
        p.problems.iter().filter_map(|i| i.line).collect(),
    )
}

#[test]
fn plain_text_takes_the_form_settings() {
    let text = "# storyboard\nA fox in snow\n\n  An owl at dusk  \r\n# skipped\nA bear fishing\n";
    let p = parse_list(text, Some("shots.txt"), &form(), &matrix());
    assert_eq!(p.format, "text");
    assert_eq!(lines(&p), (vec![2, 4, 6], vec![]));
    let owl = &p.items[1].entry;
    assert_eq!(&*owl.params.prompt, "An owl at dusk");
    assert_eq!(owl.params.model_slug, "kling_3_0");
    assert_eq!(owl.params.aspect_ratio.as_deref(), Some("9:16"));
    assert_eq!(owl.params.duration_seconds, Some(10));
    assert_eq!(owl.params.count, 2);
    assert_eq!(owl.source.as_deref(), Some("shots.txt, line 4"));
    // Kling 3.0 costs 100 per clip: 3 rows × 2 clips.
    assert_eq!((p.clips, p.credits), (6, Some(600)));
}

#[test]
fn a_bad_line_is_reported_and_the_rest_offered() {
    let long = "x".repeat(2600); // Kling 3.0 takes up to 2,500 characters
    let text = format!("one\ntwo\n{long}\nfour\n");
    let p = parse_list(&text, None, &form(), &matrix());
    assert_eq!(lines(&p), (vec![1, 2, 4], vec![3]));
    assert!(p.problems[0].message.contains("2,500"), "{:?}", p.problems);
    assert_eq!(p.problems[0].label, "Line 3");
}

#[test]
fn csv_rows_override_and_fall_back_fitted_to_their_model() {
    let csv = "\u{feff}Prompt,model,Duration,count,folder,ratio\n\
               a fox,,5,1,Animals,\n\
               \"an owl, at dusk\",Veo 3.1 Fast,,,,\n\
               a bear,kling_3_0,7,,,\n\
               ,kling_3_0,,,,\n\
               a wolf,no_such_model,,,,\n\
               a seal,veo31_fast,8 s,9,,\n\
               a lynx,veo31_fast,eight,,,\n";
    let p = parse_list(csv, Some("board.CSV"), &form(), &matrix());
    assert_eq!(p.format, "csv");
    assert_eq!(lines(&p), (vec![2, 3], vec![4, 5, 6, 7, 8]));
    let fox = &p.items[0].entry;
    assert_eq!(fox.params.duration_seconds, Some(5));
    assert_eq!(fox.params.count, 1);
    assert_eq!(
        fox.params.quality_mode.as_deref(),
        Some("pro"),
        "the form's"
    );
    assert_eq!(fox.folder.as_deref(), Some("Animals"));
    let owl = &p.items[1].entry;
    assert_eq!(&*owl.params.prompt, "an owl, at dusk");
    assert_eq!(owl.params.model_slug, "veo31_fast", "a model by its name");
    assert_eq!(owl.params.duration_seconds, Some(8), "Veo's only duration");
    assert_eq!(owl.params.quality_mode, None, "Veo has no quality modes");
    assert_eq!(
        owl.params.aspect_ratio.as_deref(),
        Some("9:16"),
        "the form's ratio fits Veo"
    );
    let why: Vec<&str> = p.problems.iter().map(|x| x.message.as_str()).collect();
    assert!(why[0].contains("duration"), "{why:?}");
    assert_eq!(why[1], "The prompt is empty.");
    assert!(why[2].contains("no_such_model"), "{why:?}");
    assert!(why[3].contains("1 to 4"), "{why:?}");
    assert!(why[4].contains("“eight”"), "{why:?}");
}

#[test]
fn csv_is_recognised_by_its_header_and_needs_a_prompt_column() {
    let p = parse_list("prompt,model\na cat,veo31_fast\n", None, &form(), &matrix());
    assert_eq!((p.format.as_str(), p.items.len()), ("csv", 1));
    // A prompt with commas is still a prompt.
    let p = parse_list("a cat, a dog, a bird\n", None, &form(), &matrix());
    assert_eq!((p.format.as_str(), p.items.len()), ("text", 1));
    let p = parse_list(
        "title,model\nx,veo31_fast\n",
        Some("list.csv"),
        &form(),
        &matrix(),
    );
    assert!(p.items.is_empty());
    assert_eq!(lines(&p).1, vec![1]);
    assert!(p.problems[0].message.contains("“prompt”"));
    let p = parse_list(
        "prompt,mood\na cat,calm\n",
        Some("list.csv"),
        &form(),
        &matrix(),
    );
    assert_eq!(p.items.len(), 1);
    assert!(p.problems[0].message.contains("“mood”"), "{:?}", p.problems);
}

#[test]
fn an_empty_file_says_so_on_line_one() {
    for content in ["", "\n\n", "# only comments\n#\n", "prompt\n"] {
        let name = if content.starts_with("prompt") {
            Some("a.csv")
        } else {
            None
        };
        let p = parse_list(content, name, &form(), &matrix());
        assert!(p.items.is_empty());
        assert_eq!(lines(&p).1, vec![1], "{content:?}");
    }
}

#[test]
fn at_most_a_thousand_rows() {
    let text: String = (0..1005).map(|i| format!("shot {i}\n")).collect();
    let p = parse_list(&text, None, &form(), &matrix());
    assert_eq!(p.items.len(), MAX_ROWS);
    assert_eq!(lines(&p).1, vec![1001]);
}

/// Found by the property test: a lone CR ends a line too (the csv crate counts only LFs),
/// and a column named twice is reported as such.
#[test]
fn carriage_returns_end_lines_in_both_readers() {
    let p = parse_list("prompt,prompt\n.\r.", None, &form(), &matrix());
    assert_eq!(lines(&p), (vec![2, 3], vec![1]));
    assert!(
        p.problems[0].message.contains("named twice"),
        "{:?}",
        p.problems
    );
    let p = parse_list("one\rtwo\r\n\rthree", None, &form(), &matrix());
    assert_eq!(lines(&p), (vec![1, 2, 4], vec![]));
}
