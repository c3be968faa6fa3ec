import { ItemDeque } from './item-deque';

describe('ItemDeque', () => {
  it('keeps order while dropping the oldest items and finds positions by binary search', () => {
    const deque = new ItemDeque<number>();
    for (let i = 1; i <= 5000; i++) deque.push(i);
    for (let i = 0; i < 3000; i++) deque.shift();
    expect(deque.length).toBe(2000);
    expect(deque.peekFirst()).toBe(3001);
    expect(deque.at(1999)).toBe(5000);
    expect(deque.firstIndex((n) => n > 4000)).toBe(1000);
    expect(deque.newestFirst((n) => n % 2 === 0, 3)).toEqual([5000, 4998, 4996]);
    expect(deque.oldestFirst((n) => n % 1000 === 0, 5, 10)).toEqual([4000, 5000]);
  });
});
