/**
 * Spherical k-means over rows of a matrix of unit vectors (the word vectors
 * of scripts/build-ner-clusters.ts and scripts/build-ner-embeddings.ts):
 * seeds are k distinct rows drawn with the caller's seeded generator, an
 * empty cluster takes a random row, and it stops when no row changes cluster.
 */
export function sphericalKmeans(vectors: Float32Array, dims: number, rows: number[], k: number, iterations: number, random: () => number): Int32Array {
  const assign = new Int32Array(rows.length);
  if (rows.length <= k) {
    rows.forEach((_, i) => (assign[i] = i));
    return assign;
  }
  const centroids = new Float32Array(k * dims);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * rows.length));
  [...picked].forEach((ri, ci) => centroids.set(vectors.subarray(rows[ri]! * dims, rows[ri]! * dims + dims), ci * dims));
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]! * dims;
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const o = c * dims;
        for (let d = 0; d < dims; d++) dot += vectors[v + d]! * centroids[o + d]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[i] !== best) changed++;
      assign[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]! * dims;
      const o = assign[i]! * dims;
      for (let d = 0; d < dims; d++) centroids[o + d] += vectors[v + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d]! ** 2;
      if (norm === 0) {
        const r = rows[Math.floor(random() * rows.length)]!;
        centroids.set(vectors.subarray(r * dims, r * dims + dims), c * dims);
        continue;
      }
      norm = Math.sqrt(norm);
      for (let d = 0; d < dims; d++) centroids[c * dims + d] /= norm;
    }
    // the first pass moves rows from the all-zero start: only a later pass without a change is convergence
    if (it > 0 && changed === 0) break;
  }
  return assign;
}
