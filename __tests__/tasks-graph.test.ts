import { describe, expect, it } from 'vitest';
import { criticalPathMs, dependentsOf, findCycle, topoOrder } from '../src/tasks/graph.js';

const t = (id: string, ...dependsOn: string[]) => ({ id, dependsOn });

//   a ─┬─ b ─┬─ d
//      └─ c ─┘
//   e (alone)
const diamond = [t('d', 'b', 'c'), t('b', 'a'), t('e'), t('c', 'a'), t('a')];

describe('topoOrder', () => {
  it('puts dependencies first and keeps input order among ready tasks', () => {
    expect(topoOrder(diamond).map((x) => x.id)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('ignores dependencies outside the list', () => {
    expect(topoOrder([t('x', 'elsewhere'), t('y', 'x')]).map((x) => x.id)).toEqual(['x', 'y']);
  });

  it('throws naming the cycle', () => {
    expect(() => topoOrder([t('ok'), t('a', 'c'), t('b', 'a'), t('c', 'b')])).toThrow('dependency cycle: a -> c -> b -> a');
  });
});

describe('findCycle', () => {
  it('is null for a DAG and finds self-loops and longer cycles', () => {
    expect(findCycle(diamond)).toBeNull();
    expect(findCycle([t('a', 'a')])).toEqual(['a', 'a']);
    expect(findCycle([t('x'), t('a', 'b'), t('b', 'c'), t('c', 'a', 'x')])).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('dependentsOf', () => {
  it('is transitive, in input order, without the task itself', () => {
    expect(dependentsOf(diamond, 'a')).toEqual(['d', 'b', 'c']);
    expect(dependentsOf(diamond, 'c')).toEqual(['d']);
    expect(dependentsOf(diamond, 'd')).toEqual([]);
    expect(dependentsOf(diamond, 'e')).toEqual([]);
  });
});

describe('criticalPathMs', () => {
  const durations = new Map([
    ['a', 10],
    ['b', 50],
    ['c', 20],
    ['d', 5],
    ['e', 40],
  ]);

  it('is the longest chain of durations', () => {
    expect(criticalPathMs(diamond, durations)).toBe(65);
  });

  it('is the longest single task when nothing depends on anything, and 0 when empty', () => {
    expect(criticalPathMs([t('a'), t('b')], new Map([['a', 3], ['b', 9]]))).toBe(9);
    expect(criticalPathMs([], new Map())).toBe(0);
  });

  it('counts tasks without a duration as 0', () => {
    expect(criticalPathMs(diamond, new Map([['d', 7], ['e', 2]]))).toBe(7);
  });

  it('ignores unknown dependencies and cuts a cycle where it closes', () => {
    expect(criticalPathMs([t('a', 'ghost')], durations)).toBe(10);
    expect(criticalPathMs([t('a', 'b'), t('b', 'a')], durations)).toBe(60);
  });
});
