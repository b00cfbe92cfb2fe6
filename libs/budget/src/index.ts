export { BudgetRuleError, type BudgetErrorCode } from './lib/budget-error';
export {
  addCents,
  cents,
  centsFromBigInt,
  euros,
  nonNegativeCents,
  subtractCents,
  sumCents,
  type Cents,
} from './lib/cents';
export { formatCents, type FormatCentsOptions, type MoneyLocale } from './lib/money-format';
export {
  MoneyParseError,
  parseCents,
  tryParseCents,
  type MoneyParseErrorCode,
  type MoneyParseResult,
} from './lib/money-parse';
export {
  checkPbBudgetAgainstFloor,
  computePbFloor,
  PB_FLOOR_TRANSITION_LAST_YEAR,
  STATUTORY_PB_FLOOR_RATE,
  type PbFloor,
  type PbFloorCheck,
  type PbFloorException,
  type PbFloorExceptionProblem,
  type PbFloorInput,
  type YearlyTaxRevenue,
} from './lib/pb-floor';
export {
  applyRate,
  basisPoints,
  formatBasisPointsAsPercent,
  percentToBasisPoints,
  scaleCents,
  type BasisPoints,
  type Rounding,
} from './lib/rate';
export {
  canAward,
  DEFAULT_YOUTH_FUND_RATES,
  remainingYouthFund,
  validateYouthFundAllocation,
  youthFundBand,
  type CanAwardResult,
  type YouthFundAllocationCheck,
  type YouthFundBand,
  type YouthFundRates,
} from './lib/youth-fund';
