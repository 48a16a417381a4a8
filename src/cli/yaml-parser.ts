// go-yaml v2's parser (parserc.go) and the part of its decoder that walks events (decode.go),
// over the scanner in yaml-scanner.ts. Only the first document is read, as yaml.Unmarshal does.
import { GoYamlError, Scanner, type Mark, type Token } from './yaml-scanner.js';

type EventType = 'STREAM_START' | 'STREAM_END' | 'DOCUMENT_START' | 'DOCUMENT_END' | 'ALIAS' | 'SCALAR' | 'SEQUENCE_START' | 'SEQUENCE_END' | 'MAPPING_START' | 'MAPPING_END';

interface Event {
  type: EventType;
  anchor?: string;
}

type State =
  | 'STREAM_START' | 'IMPLICIT_DOCUMENT_START' | 'DOCUMENT_START' | 'DOCUMENT_CONTENT' | 'DOCUMENT_END'
  | 'BLOCK_NODE' | 'BLOCK_NODE_OR_INDENTLESS_SEQUENCE' | 'FLOW_NODE'
  | 'BLOCK_SEQUENCE_FIRST_ENTRY' | 'BLOCK_SEQUENCE_ENTRY' | 'INDENTLESS_SEQUENCE_ENTRY'
  | 'BLOCK_MAPPING_FIRST_KEY' | 'BLOCK_MAPPING_KEY' | 'BLOCK_MAPPING_VALUE'
  | 'FLOW_SEQUENCE_FIRST_ENTRY' | 'FLOW_SEQUENCE_ENTRY' | 'FLOW_SEQUENCE_ENTRY_MAPPING_KEY'
  | 'FLOW_SEQUENCE_ENTRY_MAPPING_VALUE' | 'FLOW_SEQUENCE_ENTRY_MAPPING_END'
  | 'FLOW_MAPPING_FIRST_KEY' | 'FLOW_MAPPING_KEY' | 'FLOW_MAPPING_VALUE' | 'FLOW_MAPPING_EMPTY_VALUE' | 'END';

const DEFAULT_TAG_HANDLES = ['!', '!!'];

class EventParser {
  private state: State = 'STREAM_START';
  private states: State[] = [];
  private marks: Mark[] = [];
  private tagHandles: string[] = [];
  private done = false;

  constructor(private readonly s: Scanner) {}

  private fail(problem: string, problemMark: Mark, contextMark?: Mark): never {
    throw new GoYamlError('parser', problem, { ...problemMark }, contextMark && { ...contextMark });
  }

  private pop(): State {
    return this.states.pop()!;
  }

  next(): Event | undefined {
    if (this.done || this.s.atStreamEnd) return undefined;
    switch (this.state) {
      case 'STREAM_START': {
        const t = this.s.peekToken();
        if (t.type !== 'STREAM_START') this.fail('did not find expected <stream-start>', t.start);
        this.state = 'IMPLICIT_DOCUMENT_START';
        this.s.skipToken();
        return { type: 'STREAM_START' };
      }
      case 'IMPLICIT_DOCUMENT_START': return this.documentStart(true);
      case 'DOCUMENT_START': return this.documentStart(false);
      case 'DOCUMENT_CONTENT': {
        const t = this.s.peekToken();
        if (['VERSION_DIRECTIVE', 'TAG_DIRECTIVE', 'DOCUMENT_START', 'DOCUMENT_END', 'STREAM_END'].includes(t.type)) {
          this.state = this.pop();
          return { type: 'SCALAR' };
        }
        return this.node(true, false);
      }
      case 'DOCUMENT_END': {
        const t = this.s.peekToken();
        if (t.type === 'DOCUMENT_END') this.s.skipToken();
        this.tagHandles = [];
        this.state = 'DOCUMENT_START';
        return { type: 'DOCUMENT_END' };
      }
      case 'BLOCK_NODE': return this.node(true, false);
      case 'BLOCK_NODE_OR_INDENTLESS_SEQUENCE': return this.node(true, true);
      case 'FLOW_NODE': return this.node(false, false);
      case 'BLOCK_SEQUENCE_FIRST_ENTRY': return this.blockSequenceEntry(true);
      case 'BLOCK_SEQUENCE_ENTRY': return this.blockSequenceEntry(false);
      case 'INDENTLESS_SEQUENCE_ENTRY': return this.indentlessSequenceEntry();
      case 'BLOCK_MAPPING_FIRST_KEY': return this.blockMappingKey(true);
      case 'BLOCK_MAPPING_KEY': return this.blockMappingKey(false);
      case 'BLOCK_MAPPING_VALUE': return this.blockMappingValue();
      case 'FLOW_SEQUENCE_FIRST_ENTRY': return this.flowSequenceEntry(true);
      case 'FLOW_SEQUENCE_ENTRY': return this.flowSequenceEntry(false);
      case 'FLOW_SEQUENCE_ENTRY_MAPPING_KEY': return this.flowSequenceEntryMappingKey();
      case 'FLOW_SEQUENCE_ENTRY_MAPPING_VALUE': return this.flowSequenceEntryMappingValue();
      case 'FLOW_SEQUENCE_ENTRY_MAPPING_END':
        this.s.peekToken();
        this.state = 'FLOW_SEQUENCE_ENTRY';
        return { type: 'MAPPING_END' };
      case 'FLOW_MAPPING_FIRST_KEY': return this.flowMappingKey(true);
      case 'FLOW_MAPPING_KEY': return this.flowMappingKey(false);
      case 'FLOW_MAPPING_VALUE': return this.flowMappingValue(false);
      case 'FLOW_MAPPING_EMPTY_VALUE': return this.flowMappingValue(true);
      case 'END': return undefined;
    }
  }

  private documentStart(implicit: boolean): Event {
    let t = this.s.peekToken();
    if (!implicit) {
      while (t.type === 'DOCUMENT_END') {
        this.s.skipToken();
        t = this.s.peekToken();
      }
    }
    if (implicit && !['VERSION_DIRECTIVE', 'TAG_DIRECTIVE', 'DOCUMENT_START', 'STREAM_END'].includes(t.type)) {
      this.processDirectives();
      this.states.push('DOCUMENT_END');
      this.state = 'BLOCK_NODE';
      return { type: 'DOCUMENT_START' };
    }
    if (t.type !== 'STREAM_END') {
      this.processDirectives();
      t = this.s.peekToken();
      if (t.type !== 'DOCUMENT_START') this.fail('did not find expected <document start>', t.start);
      this.states.push('DOCUMENT_END');
      this.state = 'DOCUMENT_CONTENT';
      this.s.skipToken();
      return { type: 'DOCUMENT_START' };
    }
    this.state = 'END';
    this.s.skipToken();
    this.done = true;
    return { type: 'STREAM_END' };
  }

  private processDirectives(): void {
    let t = this.s.peekToken();
    let sawVersion = false;
    while (t.type === 'VERSION_DIRECTIVE' || t.type === 'TAG_DIRECTIVE') {
      if (t.type === 'VERSION_DIRECTIVE') {
        if (sawVersion) this.fail('found duplicate %YAML directive', t.start);
        if (t.major !== 1 || t.minor !== 1) this.fail('found incompatible YAML document', t.start);
        sawVersion = true;
      } else {
        if (this.tagHandles.includes(t.value!)) this.fail('found duplicate %TAG directive', t.start);
        this.tagHandles.push(t.value!);
      }
      this.s.skipToken();
      t = this.s.peekToken();
    }
    for (const h of DEFAULT_TAG_HANDLES) if (!this.tagHandles.includes(h)) this.tagHandles.push(h);
  }

  private node(block: boolean, indentlessSequence: boolean): Event {
    let t: Token = this.s.peekToken();
    if (t.type === 'ALIAS') {
      this.state = this.pop();
      this.s.skipToken();
      return { type: 'ALIAS', anchor: t.value };
    }
    const start = t.start;
    let anchor: string | undefined;
    let tagHandle: string | undefined;
    let tagMark: Mark | undefined;
    const takeTag = () => {
      tagHandle = t.value ?? '';
      tagMark = t.start;
      this.s.skipToken();
      t = this.s.peekToken();
    };
    const takeAnchor = () => {
      anchor = t.value;
      this.s.skipToken();
      t = this.s.peekToken();
    };
    if (t.type === 'ANCHOR') {
      takeAnchor();
      if ((t as Token).type === 'TAG') takeTag();
    } else if (t.type === 'TAG') {
      takeTag();
      if ((t as Token).type === 'ANCHOR') takeAnchor();
    }
    if (tagHandle && !this.tagHandles.includes(tagHandle)) this.fail('found undefined tag handle', tagMark!, start);
    if (indentlessSequence && t.type === 'BLOCK_ENTRY') {
      this.state = 'INDENTLESS_SEQUENCE_ENTRY';
      return { type: 'SEQUENCE_START', anchor };
    }
    if (t.type === 'SCALAR') {
      this.state = this.pop();
      this.s.skipToken();
      return { type: 'SCALAR', anchor };
    }
    if (t.type === 'FLOW_SEQUENCE_START') {
      this.state = 'FLOW_SEQUENCE_FIRST_ENTRY';
      return { type: 'SEQUENCE_START', anchor };
    }
    if (t.type === 'FLOW_MAPPING_START') {
      this.state = 'FLOW_MAPPING_FIRST_KEY';
      return { type: 'MAPPING_START', anchor };
    }
    if (block && t.type === 'BLOCK_SEQUENCE_START') {
      this.state = 'BLOCK_SEQUENCE_FIRST_ENTRY';
      return { type: 'SEQUENCE_START', anchor };
    }
    if (block && t.type === 'BLOCK_MAPPING_START') {
      this.state = 'BLOCK_MAPPING_FIRST_KEY';
      return { type: 'MAPPING_START', anchor };
    }
    if (anchor !== undefined || tagHandle !== undefined) {
      this.state = this.pop();
      return { type: 'SCALAR', anchor };
    }
    this.fail('did not find expected node content', t.start, start);
  }

  /** On the first entry of a collection: remember where it started (the error's context). */
  private enter(first: boolean): void {
    if (!first) return;
    this.marks.push(this.s.peekToken().start);
    this.s.skipToken();
  }

  private blockSequenceEntry(first: boolean): Event {
    this.enter(first);
    let t = this.s.peekToken();
    if (t.type === 'BLOCK_ENTRY') {
      this.s.skipToken();
      t = this.s.peekToken();
      if (t.type !== 'BLOCK_ENTRY' && t.type !== 'BLOCK_END') {
        this.states.push('BLOCK_SEQUENCE_ENTRY');
        return this.node(true, false);
      }
      this.state = 'BLOCK_SEQUENCE_ENTRY';
      return { type: 'SCALAR' };
    }
    if (t.type === 'BLOCK_END') {
      this.state = this.pop();
      this.marks.pop();
      this.s.skipToken();
      return { type: 'SEQUENCE_END' };
    }
    this.fail("did not find expected '-' indicator", t.start, this.marks.pop());
  }

  private indentlessSequenceEntry(): Event {
    let t = this.s.peekToken();
    if (t.type === 'BLOCK_ENTRY') {
      this.s.skipToken();
      t = this.s.peekToken();
      if (!['BLOCK_ENTRY', 'KEY', 'VALUE', 'BLOCK_END'].includes(t.type)) {
        this.states.push('INDENTLESS_SEQUENCE_ENTRY');
        return this.node(true, false);
      }
      this.state = 'INDENTLESS_SEQUENCE_ENTRY';
      return { type: 'SCALAR' };
    }
    this.state = this.pop();
    return { type: 'SEQUENCE_END' };
  }

  private blockMappingKey(first: boolean): Event {
    this.enter(first);
    let t = this.s.peekToken();
    if (t.type === 'KEY') {
      this.s.skipToken();
      t = this.s.peekToken();
      if (!['KEY', 'VALUE', 'BLOCK_END'].includes(t.type)) {
        this.states.push('BLOCK_MAPPING_VALUE');
        return this.node(true, true);
      }
      this.state = 'BLOCK_MAPPING_VALUE';
      return { type: 'SCALAR' };
    }
    if (t.type === 'BLOCK_END') {
      this.state = this.pop();
      this.marks.pop();
      this.s.skipToken();
      return { type: 'MAPPING_END' };
    }
    this.fail('did not find expected key', t.start, this.marks.pop());
  }

  private blockMappingValue(): Event {
    let t = this.s.peekToken();
    if (t.type === 'VALUE') {
      this.s.skipToken();
      t = this.s.peekToken();
      if (!['KEY', 'VALUE', 'BLOCK_END'].includes(t.type)) {
        this.states.push('BLOCK_MAPPING_KEY');
        return this.node(true, true);
      }
    }
    this.state = 'BLOCK_MAPPING_KEY';
    return { type: 'SCALAR' };
  }

  private flowSequenceEntry(first: boolean): Event {
    this.enter(first);
    let t = this.s.peekToken();
    if (t.type !== 'FLOW_SEQUENCE_END') {
      if (!first) {
        if (t.type !== 'FLOW_ENTRY') this.fail("did not find expected ',' or ']'", t.start, this.marks.pop());
        this.s.skipToken();
        t = this.s.peekToken();
      }
      if (t.type === 'KEY') {
        this.state = 'FLOW_SEQUENCE_ENTRY_MAPPING_KEY';
        this.s.skipToken();
        return { type: 'MAPPING_START' };
      }
      if (t.type !== 'FLOW_SEQUENCE_END') {
        this.states.push('FLOW_SEQUENCE_ENTRY');
        return this.node(false, false);
      }
    }
    this.state = this.pop();
    this.marks.pop();
    this.s.skipToken();
    return { type: 'SEQUENCE_END' };
  }

  private flowSequenceEntryMappingKey(): Event {
    const t = this.s.peekToken();
    if (!['VALUE', 'FLOW_ENTRY', 'FLOW_SEQUENCE_END'].includes(t.type)) {
      this.states.push('FLOW_SEQUENCE_ENTRY_MAPPING_VALUE');
      return this.node(false, false);
    }
    this.s.skipToken();
    this.state = 'FLOW_SEQUENCE_ENTRY_MAPPING_VALUE';
    return { type: 'SCALAR' };
  }

  private flowSequenceEntryMappingValue(): Event {
    let t = this.s.peekToken();
    if (t.type === 'VALUE') {
      this.s.skipToken();
      t = this.s.peekToken();
      if (t.type !== 'FLOW_ENTRY' && t.type !== 'FLOW_SEQUENCE_END') {
        this.states.push('FLOW_SEQUENCE_ENTRY_MAPPING_END');
        return this.node(false, false);
      }
    }
    this.state = 'FLOW_SEQUENCE_ENTRY_MAPPING_END';
    return { type: 'SCALAR' };
  }

  private flowMappingKey(first: boolean): Event {
    this.enter(first);
    let t = this.s.peekToken();
    if (t.type !== 'FLOW_MAPPING_END') {
      if (!first) {
        if (t.type !== 'FLOW_ENTRY') this.fail("did not find expected ',' or '}'", t.start, this.marks.pop());
        this.s.skipToken();
        t = this.s.peekToken();
      }
      if (t.type === 'KEY') {
        this.s.skipToken();
        t = this.s.peekToken();
        if (!['VALUE', 'FLOW_ENTRY', 'FLOW_MAPPING_END'].includes(t.type)) {
          this.states.push('FLOW_MAPPING_VALUE');
          return this.node(false, false);
        }
        this.state = 'FLOW_MAPPING_VALUE';
        return { type: 'SCALAR' };
      }
      if (t.type !== 'FLOW_MAPPING_END') {
        this.states.push('FLOW_MAPPING_EMPTY_VALUE');
        return this.node(false, false);
      }
    }
    this.state = this.pop();
    this.marks.pop();
    this.s.skipToken();
    return { type: 'MAPPING_END' };
  }

  private flowMappingValue(empty: boolean): Event {
    let t = this.s.peekToken();
    if (!empty && t.type === 'VALUE') {
      this.s.skipToken();
      t = this.s.peekToken();
      if (t.type !== 'FLOW_ENTRY' && t.type !== 'FLOW_MAPPING_END') {
        this.states.push('FLOW_MAPPING_KEY');
        return this.node(false, false);
      }
    }
    this.state = 'FLOW_MAPPING_KEY';
    return { type: 'SCALAR' };
  }
}

/**
 * Walks the first document as go-yaml's decoder does (yaml.Unmarshal reads only one),
 * registering anchors as nodes start so an alias to a later or unknown anchor fails.
 */
export function checkFirstDocument(text: string): void {
  const p = new EventParser(new Scanner(text));
  let pending: Event | undefined;
  const peek = (): Event | undefined => (pending ??= p.next());
  const take = (): Event | undefined => {
    const e = peek();
    pending = undefined;
    return e;
  };
  const anchors = new Set<string>();
  const node = (): void => {
    const e = take();
    if (!e) return;
    if (e.anchor !== undefined && e.type !== 'ALIAS') anchors.add(e.anchor);
    if (e.type === 'ALIAS' && !anchors.has(e.anchor!)) throw new GoYamlError('composer', `unknown anchor '${e.anchor}' referenced`);
    if (e.type === 'DOCUMENT_START') {
      node();
      take();
    } else if (e.type === 'SEQUENCE_START' || e.type === 'MAPPING_START') {
      const endType = e.type === 'SEQUENCE_START' ? 'SEQUENCE_END' : 'MAPPING_END';
      while (peek() && peek()!.type !== endType) node();
      take();
    }
  };
  take(); // STREAM_START
  if (peek()?.type !== 'STREAM_END') node();
}
