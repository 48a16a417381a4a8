// Reading a confirmation the way Go's fmt.Fscan(stdin, &s) does: the first whitespace-delimited
// word, or nothing when stdin ends first (a closed or empty stdin cancels).

export function readAnswer(input: NodeJS.ReadableStream = process.stdin): Promise<string | undefined> {
  return new Promise((resolve) => {
    let buf = '';
    const finish = (answer: string | undefined) => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.removeListener('error', onEnd);
      input.pause();
      resolve(answer);
    };
    const onData = (chunk: Buffer | string) => {
      buf += chunk.toString();
      // a word is complete once whitespace follows it
      const m = /^\s*(\S+)\s/.exec(buf);
      if (m) finish(m[1]);
    };
    const onEnd = () => {
      const word = buf.trim().split(/\s+/)[0];
      finish(word ? word : undefined);
    };
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onEnd);
    input.resume();
  });
}
