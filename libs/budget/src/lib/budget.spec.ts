import { budget } from './budget';

describe('budget', () => {
  it('should work', () => {
    expect(budget()).toEqual('budget');
  });
});
