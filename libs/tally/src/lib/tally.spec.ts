import { tally } from './tally';

describe('tally', () => {
  it('should work', () => {
    expect(tally()).toEqual('tally');
  });
});
