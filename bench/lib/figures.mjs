// The figures of a bench run: each product figure beside its raw baseline from the same run, and
// their ratio. Suites call ctx.record(name, { product, baseline, unit, target }):
//   name      dotted, stable across runs (e.g. calendar.organization-month.rps)
//   product   the product's figure (a number)
//   baseline  the raw baseline's figure for the same work, or null when there is none
//   unit      'req/s', 'ms', 'mails/s', 's', 'MB'...
//   target    optional, printed and checked: 'ratio >= 0.7', 'ratio <= 1.5', 'product < 150'
// BENCH_OUT gets `{ "<name>@<size>": { product, baseline, ratio, unit } }`, plus, for each name
// measured at the smallest and the largest size, `<name>@<largest>/<smallest>`: the growth of the
// product and of the baseline (largest ÷ smallest) and their ratio.

const round = (value, digits = 2) =>
  value === null || value === undefined || !Number.isFinite(value)
    ? null
    : Math.round(value * 10 ** digits) / 10 ** digits;

const TARGET = /^(ratio|product)\s*(<=|>=|<|>|≤|≥)\s*([\d.]+)$/;

/** '✔', '✘', or '' without a target (or without the value it constrains). */
export function meets(target, figure) {
  if (!target) return '';
  const match = TARGET.exec(target.trim());
  if (!match) throw new Error(`unreadable target "${target}"`);
  const value = figure[match[1]];
  if (value === null || value === undefined) return '';
  const limit = Number(match[3]);
  const ok = {
    '<': value < limit,
    '>': value > limit,
    '<=': value <= limit,
    '≤': value <= limit,
    '>=': value >= limit,
    '≥': value >= limit,
  }[match[2]];
  return ok ? '✔' : '✘';
}

export class Figures {
  /** name → size → { product, baseline, ratio, unit, target } */
  byName = new Map();

  record(name, size, { product, baseline = null, unit, target = null }) {
    if (typeof product !== 'number') throw new Error(`${name}: product must be a number, got ${product}`);
    if (!unit) throw new Error(`${name}: unit missing`);
    if (target) meets(target, {});
    const ratio = baseline ? round(product / baseline) : null;
    if (!this.byName.has(name)) this.byName.set(name, new Map());
    const figure = { product: round(product, 1), baseline: round(baseline, 1), ratio, unit, target };
    this.byName.get(name).set(size, figure);
    return figure;
  }

  growth(sizes) {
    const [smallest, largest] = [Math.min(...sizes), Math.max(...sizes)];
    const out = [];
    if (smallest === largest) return out;
    for (const [name, bySize] of this.byName) {
      const low = bySize.get(smallest);
      const high = bySize.get(largest);
      if (!low || !high) continue;
      const product = round(high.product / low.product);
      const baseline = low.baseline && high.baseline ? round(high.baseline / low.baseline) : null;
      out.push({
        key: `${name}@${largest}/${smallest}`,
        figure: { product, baseline, ratio: baseline ? round(product / baseline) : null, unit: 'x' },
      });
    }
    return out;
  }

  json(sizes) {
    const out = {};
    for (const [name, bySize] of this.byName) {
      for (const [size, { product, baseline, ratio, unit }] of bySize)
        out[`${name}@${size}`] = { product, baseline, ratio, unit };
    }
    for (const { key, figure } of this.growth(sizes)) out[key] = figure;
    return out;
  }

  print(log, sizes) {
    const show = (value) => (value === null || value === undefined ? '—' : value.toLocaleString('en-US'));
    log('\n== Figures: product | baseline | ratio (product ÷ baseline, same run)\n');
    log('| figure | conventions | product | baseline | ratio | unit | target |');
    log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
    for (const [name, bySize] of this.byName) {
      for (const [size, figure] of bySize) {
        const target = figure.target ? `${figure.target} ${meets(figure.target, figure)}` : '';
        log(
          `| ${name} | ${size.toLocaleString('en-US')} | ${show(figure.product)} | ${show(figure.baseline)} | ` +
            `${show(figure.ratio)} | ${figure.unit} | ${target} |`,
        );
      }
    }
    const growth = this.growth(sizes);
    if (!growth.length) return;
    log('\n| growth (largest ÷ smallest size) | product | baseline | ratio |');
    log('| --- | ---: | ---: | ---: |');
    for (const { key, figure } of growth)
      log(`| ${key} | ${show(figure.product)} | ${show(figure.baseline)} | ${show(figure.ratio)} |`);
  }
}
