//! NorMuon and cautious weight decay through the binary: `--dry-run` shows both per parameter
//! and says where they depart from the preset's reference; `NAME.second_momentum` is written,
//! read back, and refused by name when missing after step 0.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::graphs::Rng;
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::{DType, TensorType};

fn muon_xla(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .args(args)
        .env_remove("XLA_FLAGS")
        .output()
        .expect("run muon-xla")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn input(dir: &Path) -> PathBuf {
    let mut rng = Rng::new(7);
    let mut f = TensorFile::default();
    for (name, shape) in [("w", vec![16, 48]), ("b", vec![16])] {
        let ty = TensorType::new(DType::F32, shape);
        f.tensors.insert(name.into(), rng.tensor(&ty, -0.1, 0.1));
        f.tensors
            .insert(format!("{name}.grad"), rng.tensor(&ty, -1.0, 1.0));
    }
    let path = dir.join("in.safetensors");
    f.write_atomic(&path).unwrap();
    path
}

#[test]
fn dry_run_shows_normuon_and_cautious_decay_per_parameter() {
    let dir = std::env::temp_dir().join(format!("muon-xla-cli-variants-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let inp = input(&dir);
    let i = inp.to_str().unwrap();
    let out = muon_xla(&[
        "step",
        "--input",
        i,
        "--dry-run",
        "--preset",
        "torch",
        "--normuon",
        "true",
        "--normuon-axis",
        "auto",
        "--cautious-weight-decay",
        "true",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    assert!(table.contains("normuon: beta2 0.95"), "{table}");
    assert!(
        table.contains("note: normuon true departs from the reference"),
        "{table}"
    );
    assert!(
        table.contains("note: cautious_weight_decay true departs"),
        "{table}"
    );
    let w = table.lines().find(|l| l.starts_with("w ")).unwrap();
    // `auto`: a wide matrix keeps one value per column.
    assert!(w.contains("0.1 cautious"), "{w}");
    assert!(w.contains("momentum,second_momentum[1,48]"), "{w}");
    let b = table.lines().find(|l| l.starts_with("b ")).unwrap();
    assert!(
        b.contains("exp_avg,exp_avg_sq") && !b.contains("cautious"),
        "{b}"
    );

    // Two steps under the preset: the state round-trips through the file.
    let one = dir.join("one.safetensors");
    let two = dir.join("two.safetensors");
    let args = |from: &Path, to: &Path| {
        let (from, to) = (
            from.to_str().unwrap().to_string(),
            to.to_str().unwrap().to_string(),
        );
        let a = [
            "step",
            "--preset",
            "normuon",
            "--ns-dtype",
            "f32",
            "--input",
        ];
        let mut v: Vec<String> = a.iter().map(|s| s.to_string()).collect();
        v.extend([from, "--output".into(), to]);
        v
    };
    let run = |v: Vec<String>| muon_xla(&v.iter().map(String::as_str).collect::<Vec<_>>());
    let o = run(args(&inp, &one));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let mut f = TensorFile::read(&one).unwrap();
    assert_eq!(f.tensors["w.second_momentum"].shape(), [16, 1]);
    let mut rng = Rng::new(8);
    for name in ["w", "b"] {
        let ty = f.tensors[name].ty().clone();
        f.tensors
            .insert(format!("{name}.grad"), rng.tensor(&ty, -1.0, 1.0));
    }
    f.write_atomic(&one).unwrap();
    let o = run(args(&one, &two));
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    // Missing after step 0: exit 2, named.
    f.tensors.remove("w.second_momentum");
    f.write_atomic(&one).unwrap();
    let o = run(args(&one, &two));
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(err.contains("`w.second_momentum` is missing"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
