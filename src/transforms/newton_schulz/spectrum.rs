//! Reference spectra in f64 on the host, for measuring how well an iteration orthogonalizes
//! (tests, `muon-xla bench`): singular values and the exact polar factor without an SVD, from a
//! Jacobi eigen-decomposition of the small Gram matrix. Plain loops: meant for matrices of a few
//! hundred rows, not for the hot path.

use crate::types::{Error, Result};

/// max |σ − 1| over the singular values of a row-major `rows × cols` matrix `o` (either
/// orientation).
pub fn max_sigma_error(o: &[f64], rows: usize, cols: usize) -> f64 {
    let (m, n) = (rows.min(cols), rows.max(cols));
    let (sigma2, _) = symmetric_eigen(gram_wide(&oriented(o, rows, cols), m, n), m);
    sigma2
        .iter()
        .map(|l| (l.max(0.0).sqrt() - 1.0).abs())
        .fold(0.0, f64::max)
}

/// A row-major `rows × cols` matrix as a wide `min × max` one (transposed when tall): the polar
/// factor and the singular values commute with transposition.
pub fn oriented(a: &[f64], rows: usize, cols: usize) -> Vec<f64> {
    if rows <= cols {
        return a.to_vec();
    }
    (0..cols)
        .flat_map(|j| (0..rows).map(move |i| a[i * cols + j]))
        .collect()
}

/// `A Aᵀ` of a wide `m × n` matrix.
pub fn gram_wide(a: &[f64], m: usize, n: usize) -> Vec<f64> {
    let mut g = vec![0.0; m * m];
    for i in 0..m {
        for j in 0..=i {
            let v: f64 = (0..n).map(|k| a[i * n + k] * a[j * n + k]).sum();
            g[i * m + j] = v;
            g[j * m + i] = v;
        }
    }
    g
}

/// The polar factor `(XXᵀ)^{-1/2} X` of a wide `m × n` matrix of full rank.
pub fn polar_factor_wide(x: &[f64], m: usize, n: usize) -> Result<Vec<f64>> {
    let (lambda, v) = symmetric_eigen(gram_wide(x, m, n), m);
    let top = lambda.iter().copied().fold(0.0, f64::max);
    if lambda.iter().any(|&l| l <= top * 1e-24) {
        return Err(Error::shape(
            "polar_factor",
            "the matrix is rank-deficient: its polar factor is not unique",
        ));
    }
    // S = V diag(λ^{-1/2}) Vᵀ, then S·X.
    let mut s = vec![0.0; m * m];
    for i in 0..m {
        for j in 0..m {
            s[i * m + j] = (0..m)
                .map(|k| v[i * m + k] * v[j * m + k] / lambda[k].sqrt())
                .sum();
        }
    }
    let mut p = vec![0.0; m * n];
    for i in 0..m {
        for k in 0..m {
            let sik = s[i * m + k];
            for j in 0..n {
                p[i * n + j] += sik * x[k * n + j];
            }
        }
    }
    Ok(p)
}

/// Eigenvalues and eigenvectors (the columns of the row-major `V`) of a symmetric `n × n`
/// matrix, by cyclic Jacobi rotations until the off-diagonal part is negligible.
pub fn symmetric_eigen(mut a: Vec<f64>, n: usize) -> (Vec<f64>, Vec<f64>) {
    let mut v = vec![0.0; n * n];
    for i in 0..n {
        v[i * n + i] = 1.0;
    }
    let total: f64 = a.iter().map(|x| x * x).sum();
    for _sweep in 0..100 {
        let off: f64 = (0..n)
            .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i * n + j].powi(2))
            .sum();
        if off <= total * 1e-30 {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                let apq = a[p * n + q];
                if apq == 0.0 {
                    continue;
                }
                let theta = (a[q * n + q] - a[p * n + p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..n {
                    let (akp, akq) = (a[k * n + p], a[k * n + q]);
                    a[k * n + p] = c * akp - s * akq;
                    a[k * n + q] = s * akp + c * akq;
                }
                for k in 0..n {
                    let (apk, aqk) = (a[p * n + k], a[q * n + k]);
                    a[p * n + k] = c * apk - s * aqk;
                    a[q * n + k] = s * apk + c * aqk;
                }
                for k in 0..n {
                    let (vkp, vkq) = (v[k * n + p], v[k * n + q]);
                    v[k * n + p] = c * vkp - s * vkq;
                    v[k * n + q] = s * vkp + c * vkq;
                }
            }
        }
    }
    ((0..n).map(|i| a[i * n + i]).collect(), v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jacobi_reconstructs_a_symmetric_matrix() {
        let n = 5;
        let b: Vec<f64> = (0..n * n).map(|i| ((i * 7 % 11) as f64) - 5.0).collect();
        let a: Vec<f64> = (0..n * n)
            .map(|k| {
                (0..n)
                    .map(|l| b[(k / n) * n + l] * b[(k % n) * n + l])
                    .sum()
            })
            .collect();
        let (lambda, v) = symmetric_eigen(a.clone(), n);
        for i in 0..n {
            for j in 0..n {
                let r: f64 = (0..n)
                    .map(|k| v[i * n + k] * lambda[k] * v[j * n + k])
                    .sum();
                assert!(
                    (r - a[i * n + j]).abs() < 1e-9,
                    "{i},{j}: {r} vs {}",
                    a[i * n + j]
                );
            }
        }
    }

    #[test]
    fn the_polar_factor_is_orthogonal() {
        let (m, n) = (3, 6);
        let x: Vec<f64> = (0..m * n)
            .map(|i| ((i * 5 % 7) as f64) - 3.0 + 0.1 * i as f64)
            .collect();
        let p = polar_factor_wide(&x, m, n).unwrap();
        let g = gram_wide(&p, m, n);
        for i in 0..m {
            for j in 0..m {
                let want = if i == j { 1.0 } else { 0.0 };
                assert!(
                    (g[i * m + j] - want).abs() < 1e-10,
                    "{i},{j}: {}",
                    g[i * m + j]
                );
            }
        }
    }
}
