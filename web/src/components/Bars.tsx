/** A small bar chart over periods, drawn as SVG (no chart library needed for this). */
export function Bars({ data, height = 120 }: { data: Array<{ label: string; value: number }>; height?: number }) {
  if (data.length === 0) return null;
  const max = Math.max(1, ...data.map((d) => d.value));
  const w = Math.max(8, Math.min(40, 640 / data.length));
  // qa17: wider than a phone's screen (more than 30 periods), the chart made the whole page scroll sideways; it
  // scrolls in its own box
  return (
    <div className="chart-scroll">
    <svg className="bars" width={w * data.length + 40} height={height + 30} role="img" style={{ direction: "ltr" }}>
      {data.map((d, i) => {
        const h = (height * d.value) / max;
        return (
          <g key={d.label} transform={`translate(${20 + i * w}, 0)`}>
            <rect x={1} y={height - h} width={w - 2} height={h} className="bar">
              <title>{`${d.label}: ${d.value}`}</title>
            </rect>
            {(data.length <= 12 || i % Math.ceil(data.length / 12) === 0) && (
              <text x={w / 2} y={height + 14} textAnchor="middle" fontSize={9}>
                {d.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
    </div>
  );
}
