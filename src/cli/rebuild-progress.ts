// Progress of a metrics rebuild on stderr: a line that is written over on a terminal, a line a tenth of the
// way when stderr is piped (a log keeps a few lines, not one per batch).

export function rebuildProgress(stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    const tenth = total ? Math.floor((done * 10) / total) : 10;
    if (stream.isTTY) stream.write(`\rmaking the metrics again by this release's keying rules: ${done}/${total} documents${done >= total ? "\n" : ""}`);
    else if (tenth !== shown) stream.write(`making the metrics again by this release's keying rules: ${done}/${total} documents\n`);
    shown = tenth;
  };
}
