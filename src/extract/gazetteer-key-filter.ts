// 2^21 bits: 256 KB, small enough to stay in the processor's cache while the rest of extraction runs.
const BITS = 1 << 21;
const MASK = BITS - 1;

// FNV-1a over the key's characters.
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return hash;
}

// A second bit position, mixed from the same hash.
function remix(hash: number): number {
  return (hash >>> 11) ^ Math.imul(hash, 0x9e3779b1);
}

/**
 * A Bloom filter over the gazetteer's spelling keys: "no" is certain, "maybe" is asked of the index. The scanner
 * asks about every capitalized word and most are no place's key; this answers them without reaching into the
 * index of every place's names, whose size makes each look-up a wait on memory.
 *
 * @example
 * const filter = new KeyFilter();
 * filter.add('grozny');
 * filter.mayHave('grozny') // true
 * filter.mayHave('said') // false (almost always: a "maybe" is checked against the index)
 */
export class KeyFilter {
  private readonly bits = new Uint32Array(BITS / 32);

  add(key: string): void {
    const hash = hashOf(key);
    this.set(hash & MASK);
    this.set(remix(hash) & MASK);
  }

  mayHave(key: string): boolean {
    const hash = hashOf(key);
    return this.has(hash & MASK) && this.has(remix(hash) & MASK);
  }

  private set(bit: number): void {
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  private has(bit: number): boolean {
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}
