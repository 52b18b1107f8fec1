//! The opt-in Gram Newton–Schulz against the plain iteration: equal in exact arithmetic (checked in
//! f64 by the reference interpreter), close in XLA's f32, the same singular-value range, and the
//! same training run.

use crate::graphs;
use crate::xla;

use graphs::{f32t, Rng};
use muon_xla::config::{OptimizerConfig, Preset};
use muon_xla::graph::eval::evaluate;
use muon_xla::plan::ParamSpec;
use muon_xla::runtime::Optimizer;
use muon_xla::transforms::newton_schulz::spectrum::max_sigma_error;
use muon_xla::transforms::{orthogonalize, GramNs, NewtonSchulz};
use muon_xla::{Builder, DType, Graph, HostTensor, TensorType};

fn ns(dtype: DType, gram: bool) -> NewtonSchulz {
    NewtonSchulz {
        gram: gram.then(GramNs::default),
        ..NewtonSchulz::keller_jordan(dtype)
    }
}

fn graph(ty: &TensorType, ns: &NewtonSchulz) -> Graph {
    let mut b = Builder::new("ns");
    let g = b.parameter("g", ty.clone());
    let o = orthogonalize(&mut b, g, ns).unwrap();
    b.output("o", o).unwrap();
    b.build().unwrap()
}

fn rel_diff(a: &[f64], b: &[f64]) -> f64 {
    let d: f64 = a.iter().zip(b).map(|(x, y)| (x - y).powi(2)).sum();
    let n: f64 = b.iter().map(|y| y * y).sum();
    (d / n).sqrt()
}

/// Max |σ − 1| of every matrix in a `[..., rows, cols]` buffer.
fn sigma_error(data: &[f64], rows: usize, cols: usize) -> f64 {
    data.chunks(rows * cols)
        .map(|m| max_sigma_error(m, rows, cols))
        .fold(0.0, f64::max)
}

/// An input whose singular values spread over `[spread, 1]` (U·diag(s)·V with random signs
/// standing in for the rotations): the case where forming `XXᵀ` squares the conditioning.
fn ill_conditioned(rng: &mut Rng, rows: usize, cols: usize, spread: f64) -> Vec<f64> {
    let k = rows.min(cols);
    let mut out = vec![0.0; rows * cols];
    let u: Vec<f64> = (0..rows * k).map(|_| rng.uniform(-1.0, 1.0)).collect();
    let v: Vec<f64> = (0..k * cols).map(|_| rng.uniform(-1.0, 1.0)).collect();
    for j in 0..k {
        let s = spread.powf(j as f64 / (k - 1) as f64);
        for r in 0..rows {
            for c in 0..cols {
                out[r * cols + c] += u[r * k + j] * s * v[j * cols + c];
            }
        }
    }
    out
}

const SHAPES: [&[usize]; 5] = [&[16, 64], &[64, 16], &[3, 24, 72], &[32, 96], &[128, 512]];

#[test]
fn gram_equals_the_plain_iteration_in_f64() {
    let mut rng = Rng::new(5);
    for shape in SHAPES {
        let ty = TensorType::new(DType::F64, shape.to_vec());
        let input = rng.tensor(&ty, -1.0, 1.0);
        let plain = &evaluate(
            &graph(&ty, &ns(DType::F64, false)),
            std::slice::from_ref(&input),
        )
        .unwrap()[0];
        let gram = &evaluate(&graph(&ty, &ns(DType::F64, true)), &[input]).unwrap()[0];
        let d = rel_diff(&gram.data, &plain.data);
        eprintln!("{shape:?}: f64 gram vs plain {d:e}");
        assert!(d < 1e-11, "{shape:?}: f64 gram vs plain differ by {d:e}");
    }
}

#[test]
fn gram_equals_the_plain_iteration_after_aol_and_schatten_starts() {
    use muon_xla::transforms::Normalization;
    let mut rng = Rng::new(6);
    for shape in [&[16, 64][..], &[64, 16], &[2, 24, 72]] {
        let ty = TensorType::new(DType::F64, shape.to_vec());
        let input = rng.tensor(&ty, -1.0, 1.0);
        for normalization in [
            Normalization::Aol { eps: 1e-8 },
            Normalization::Schatten { eps: 1e-8 },
        ] {
            let run = |gram: bool| {
                let ns = NewtonSchulz {
                    normalization,
                    ..ns(DType::F64, gram)
                };
                evaluate(&graph(&ty, &ns), std::slice::from_ref(&input)).unwrap()[0]
                    .data
                    .clone()
            };
            let d = rel_diff(&run(true), &run(false));
            assert!(d < 1e-11, "{shape:?} {normalization:?}: {d:e}");
        }
    }
}

#[test]
fn gram_in_xla_f32_matches_the_f64_plain_iteration() {
    let mut rng = Rng::new(9);
    for shape in SHAPES {
        let ty = f32t(shape);
        let (rows, cols) = (shape[shape.len() - 2], shape[shape.len() - 1]);
        for (label, input) in [
            ("uniform", rng.tensor(&ty, -1.0, 1.0)),
            ("σ in [1e-4, 1]", {
                let k = ty.num_elements() / (rows * cols);
                let data: Vec<f64> = (0..k)
                    .flat_map(|_| ill_conditioned(&mut rng, rows, cols, 1e-4))
                    .collect();
                HostTensor::from_f64(DType::F32, shape.to_vec(), &data).unwrap()
            }),
        ] {
            let reference = &evaluate(
                &graph(&ty, &ns(DType::F64, false)),
                std::slice::from_ref(&input),
            )
            .unwrap()[0]
                .data;
            let run = |gram: bool| {
                xla::compile(&graph(&ty, &ns(DType::F32, gram)))
                    .execute_host(std::slice::from_ref(&input))
                    .unwrap()[0]
                    .to_f64()
            };
            let (plain, gram) = (run(false), run(true));
            let (e_plain, e_gram) = (rel_diff(&plain, reference), rel_diff(&gram, reference));
            let (s_ref, s_gram) = (
                sigma_error(reference, rows, cols),
                sigma_error(&gram, rows, cols),
            );
            eprintln!(
                "{shape:?} {label}: vs f64 plain {e_plain:.2e}, gram {e_gram:.2e}; \
                 max|σ-1| f64 {s_ref:.4}, gram f32 {s_gram:.4}"
            );
            assert!(e_plain < 1e-5, "{shape:?} {label}: plain f32 {e_plain:e}");
            assert!(e_gram < 1e-4, "{shape:?} {label}: gram f32 {e_gram:e}");
            assert!(
                (s_gram - s_ref).abs() < 1e-3,
                "{shape:?} {label}: σ range {s_gram} vs {s_ref}"
            );
        }
    }
}

#[test]
fn gram_counts_fewer_flops_only_where_it_applies() {
    let (plain, gram) = (ns(DType::F32, false), ns(DType::F32, true));
    // GPT-2 small's rectangular matrices: 3:1 and 4:1.
    for (r, c, ratio) in [(768, 2304, 0.75), (768, 3072, 0.68), (3072, 768, 0.68)] {
        let got = gram.executed_flops(r, c) as f64 / plain.flops(r, c) as f64;
        assert!(got < ratio, "{r}x{c}: {got}");
    }
    assert_eq!(gram.executed_flops(768, 768), plain.flops(768, 768));
    assert!(!ns(DType::BF16, true).uses_gram(768, 3072));
}

/// Loss of a two-layer linear map `y = W2·W1·x` on a fixed regression set, and its gradients
/// (f64 on the host).
struct Regression {
    x: Vec<f64>, // [n, 16]
    y: Vec<f64>, // [n, 8]
    n: usize,
}

const DIMS: (usize, usize, usize) = (16, 48, 8);

impl Regression {
    fn new(rng: &mut Rng) -> Self {
        let (din, _, dout) = DIMS;
        let n = 64;
        let x: Vec<f64> = (0..n * din).map(|_| rng.uniform(-1.0, 1.0)).collect();
        let t: Vec<f64> = (0..dout * din).map(|_| rng.uniform(-1.0, 1.0)).collect();
        let y = (0..n)
            .flat_map(|s| {
                let (x, t) = (&x, &t);
                (0..dout).map(move |o| (0..din).map(|i| t[o * din + i] * x[s * din + i]).sum())
            })
            .collect();
        Regression { x, y, n }
    }

    /// (loss, dW1 [48, 16], dW2 [8, 48]).
    fn loss_and_grads(&self, w1: &[f64], w2: &[f64]) -> (f64, Vec<f64>, Vec<f64>) {
        let (din, hid, dout) = DIMS;
        let (mut g1, mut g2, mut loss) = (vec![0.0; hid * din], vec![0.0; dout * hid], 0.0);
        for s in 0..self.n {
            let xs = &self.x[s * din..][..din];
            let h: Vec<f64> = (0..hid)
                .map(|j| (0..din).map(|i| w1[j * din + i] * xs[i]).sum())
                .collect();
            let e: Vec<f64> = (0..dout)
                .map(|o| {
                    (0..hid).map(|j| w2[o * hid + j] * h[j]).sum::<f64>() - self.y[s * dout + o]
                })
                .collect();
            loss += e.iter().map(|v| v * v).sum::<f64>() / self.n as f64;
            let scale = 2.0 / self.n as f64;
            for o in 0..dout {
                for j in 0..hid {
                    g2[o * hid + j] += scale * e[o] * h[j];
                }
            }
            for j in 0..hid {
                let back: f64 = (0..dout).map(|o| w2[o * hid + j] * e[o]).sum();
                for i in 0..din {
                    g1[j * din + i] += scale * back * xs[i];
                }
            }
        }
        (loss, g1, g2)
    }
}

fn train(gram: bool, steps: usize) -> (Vec<f64>, Vec<Vec<f64>>) {
    let (din, hid, dout) = DIMS;
    let specs = vec![
        ParamSpec::new("layers.0.mlp.up", DType::F32, [hid, din]),
        ParamSpec::new("layers.0.mlp.down", DType::F32, [dout, hid]),
    ];
    let mut config = OptimizerConfig::preset(Preset::KellerJordan);
    config.muon.newton_schulz = ns(DType::F32, gram);
    let mut opt = Optimizer::new(xla::client(), specs.clone(), config).unwrap();
    let mut rng = Rng::new(3);
    let task = Regression::new(&mut rng);
    let init: Vec<HostTensor> = specs.iter().map(|s| rng.tensor(&s.ty, -0.3, 0.3)).collect();
    opt.set_params(init).unwrap();
    let mut losses = Vec::new();
    for _ in 0..steps {
        let p: Vec<Vec<f64>> = opt.params().unwrap().iter().map(|t| t.to_f64()).collect();
        let (loss, g1, g2) = task.loss_and_grads(&p[0], &p[1]);
        losses.push(loss);
        let grads = [(g1, [hid, din]), (g2, [dout, hid])]
            .map(|(g, s)| HostTensor::from_f64(DType::F32, s.to_vec(), &g).unwrap());
        opt.step(&grads, 0.02).unwrap();
    }
    let params = opt.params().unwrap().iter().map(|t| t.to_f64()).collect();
    (losses, params)
}

#[test]
fn a_training_run_with_gram_follows_the_plain_run() {
    let steps = 40;
    let (plain_loss, plain_params) = train(false, steps);
    let (gram_loss, gram_params) = train(true, steps);
    eprintln!(
        "loss: start {:.4}, end plain {:.6} gram {:.6}",
        plain_loss[0],
        plain_loss[steps - 1],
        gram_loss[steps - 1]
    );
    assert!(
        plain_loss[steps - 1] < 0.2 * plain_loss[0],
        "{plain_loss:?}"
    );
    for (t, (p, g)) in plain_loss.iter().zip(&gram_loss).enumerate() {
        assert!(
            (p - g).abs() <= 1e-3 * p.abs(),
            "step {t}: plain {p}, gram {g}"
        );
    }
    for (p, g) in plain_params.iter().zip(&gram_params) {
        let d = rel_diff(g, p);
        eprintln!("params after {steps} steps: relative difference {d:.2e}");
        assert!(d < 1e-3, "parameters drifted apart: {d:e}");
    }
}

#[test]
fn ns_gram_setting_is_refused_for_16_bit_newton_schulz() {
    use muon_xla::config::Settings;
    let settings = |ns_dtype| Settings {
        preset: Some(Preset::KellerJordan),
        ns_gram: Some(true),
        ns_dtype,
        ..Settings::default()
    };
    let err = settings(None).resolve().unwrap_err();
    match &err {
        muon_xla::Error::InvalidSetting {
            field, expected, ..
        } => {
            assert_eq!(*field, "ns_gram");
            assert!(expected.contains("ns_dtype f32 or f64"), "{err}");
        }
        other => panic!("expected an invalid setting, got {other:?}"),
    }
    let config = settings(Some(DType::F32)).resolve().unwrap();
    assert_eq!(config.muon.newton_schulz.gram, Some(GramNs::default()));
}

/// The `ns_precision` setting reaches every Newton–Schulz dot of the emitted program; the
/// presets follow their framework (PyTorch's full-f32 matmuls, JAX's backend default).
#[test]
fn ns_precision_reaches_the_emitted_newton_schulz_dots() {
    use muon_xla::config::{Preset, Settings};
    use muon_xla::plan::{ParamSpec, Plan};
    use muon_xla::transforms::NsPrecision;
    let dots = |preset: Preset, ns_dtype: DType, precision: Option<NsPrecision>| {
        let config = Settings {
            preset: Some(preset),
            lr: Some(0.02),
            ns_dtype: Some(ns_dtype),
            ns_precision: precision,
            ..Settings::default()
        }
        .resolve()
        .unwrap();
        let specs = vec![ParamSpec::new("w", DType::F32, [16, 24])];
        let plan = Plan::new(specs, &config).unwrap();
        let text = muon_xla::emit::emit(&plan.groups[0].graph).unwrap();
        let count = |p: &str| text.matches(&format!("precision = [{p}, {p}]")).count();
        (count("DEFAULT"), count("HIGH"), count("HIGHEST"))
    };
    // optax (JAX): the backend's default for the iteration; the norm's two dots ask for HIGHEST.
    let (default, high, highest) = dots(Preset::Optax, DType::F32, None);
    assert!(
        default >= 10 && high == 0 && highest == 2,
        "{default} {high} {highest}"
    );
    let ns_dots = default;
    // torch (PyTorch) in f32: every dot at full precision.
    assert_eq!(dots(Preset::Torch, DType::F32, None), (0, 0, ns_dots + 2));
    // In bf16 the full-f32 rule asks for the default (bf16 inputs are exact either way).
    assert_eq!(dots(Preset::KellerJordan, DType::BF16, None).0, ns_dots);
    // Explicit settings win over the preset's rule.
    assert_eq!(
        dots(Preset::Optax, DType::F32, Some(NsPrecision::Highest)),
        (0, 0, ns_dots + 2)
    );
    assert_eq!(
        dots(Preset::Torch, DType::F32, Some(NsPrecision::High)),
        (0, ns_dots, 2)
    );
    assert_eq!(
        dots(Preset::Torch, DType::F32, Some(NsPrecision::Default)).0,
        ns_dots
    );
    let err = "fast".parse::<NsPrecision>().unwrap_err().to_string();
    assert!(err.contains("default, high, highest or full-f32"), "{err}");
}
