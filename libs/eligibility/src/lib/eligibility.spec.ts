import { eligibility } from './eligibility';

describe('eligibility', () => {
  it('should work', () => {
    expect(eligibility()).toEqual('eligibility');
  });
});
