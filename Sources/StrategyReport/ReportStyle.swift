/// The report's stylesheet: one column, readable on screen and in print (each section on
/// its own page when printed, drawings scaled to the page).
enum ReportStyle {
    static let css = """
        :root { --ink: #222; --muted: #555; --rule: #ddd; --blue: #0072b2; --orange: #d55e00; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0 auto; \
        max-width: 1100px; padding: 1.5rem; line-height: 1.45; }
        h1 { font-size: 1.8rem; margin-bottom: 0.3rem; }
        h2 { font-size: 1.35rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.2rem; margin-top: 2.2rem; }
        .lead { color: var(--muted); }
        .how { background: #f5f7fa; border-left: 4px solid var(--blue); padding: 0.5rem 0.8rem; color: #333; }
        .how strong { display: block; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--blue); }
        figure { margin: 1rem 0; }
        figure svg { width: 100%; height: auto; }
        table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.92rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        td.number { white-space: nowrap; }
        table.heat td { text-align: center; min-width: 3.2rem; }
        .loop { border: 1px solid var(--rule); border-radius: 6px; padding: 0.6rem 0.8rem; margin: 0.8rem 0; }
        .path { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem; margin: 0.4rem 0; }
        .step { background: #e8f1f8; border: 1px solid #9cc3e0; border-radius: 4px; padding: 0.1rem 0.45rem; }
        .arrow-positive { color: var(--blue); font-weight: bold; }
        .arrow-negative { color: var(--orange); font-weight: bold; }
        .badge { display: inline-block; border-radius: 3px; padding: 0 0.4rem; color: white; font-weight: bold; }
        .badge-R { background: var(--blue); }
        .badge-B { background: var(--orange); }
        .quote { color: var(--muted); font-size: 0.88rem; margin: 0.15rem 0 0.15rem 1rem; }
        .warning { background: #fff4e5; border-left: 4px solid var(--orange); padding: 0.4rem 0.8rem; }
        footer { margin-top: 3rem; color: var(--muted); font-size: 0.85rem; }
        @media print {
          body { max-width: none; padding: 0; }
          section { break-before: page; }
          section:first-of-type { break-before: auto; }
          .how { background: none; }
        }
        """
}
