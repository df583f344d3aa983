/**
 * How a function's running time grows with its input: the time on an input of size 2n over the
 * time on size n, in CPU time (the fastest of several runs each, so that a busy machine does not count).
 * Linear work gives about 2, quadratic about 4: tests assert at most 3, a generous bound that
 * only a blow-up passes. Not a timed test: no absolute time is asserted.
 */

/** CPU time of this process (user + system, ms): what the code costs, not how busy the machine is. */
function cpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function fastest(run: () => void, times: number): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = cpu();
    run();
    best = Math.min(best, cpu() - start);
  }
  return best;
}

export function growthRatio<T>(
  make: (size: number) => T,
  work: (input: T) => void,
  size: number,
  times = 5,
): number {
  const small = make(size);
  const large = make(size * 2);
  work(small); // warm the JIT on this shape of input
  const ratio = () =>
    fastest(() => work(large), times) /
    Math.max(
      fastest(() => work(small), times),
      0.01,
    );
  // A second measure only when the first looks bad: a pause of the machine, not the code.
  const first = ratio();
  return first <= 3 ? first : Math.min(first, ratio());
}
