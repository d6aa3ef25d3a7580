// Words the synthetic code base is named from. The shop is a polyglot monorepo, as many are: Java
// services tested with Maven Surefire, Python ML jobs tested with pytest, a TypeScript web app tested
// with Jest. Names only need to look plausible and be varied enough that models cannot key on them.

import type { RunnerId } from './runners.ts';

export interface ModuleSpec {
  name: string;
  runner: RunnerId;
  /** Shared utility module: imported by many tests of its language (high fan-out). */
  shared: boolean;
  /** Domain nouns the module's files are named after. */
  words: readonly string[];
}

/** Words are space-separated: the shortest way to list many. */
function mod(name: string, runner: RunnerId, words: string, shared = false): ModuleSpec {
  return { name, runner, shared, words: words.split(' ') };
}

export const MODULES: readonly ModuleSpec[] = [
  mod('payments', 'surefire', 'charge refund ledger payout card wallet dispute settlement fee currency capture'),
  mod('orders', 'surefire', 'order line-item cancellation invoice receipt status history split reservation'),
  mod('inventory', 'surefire', 'stock warehouse sku allocation replenishment batch bin count transfer forecast'),
  mod('shipping', 'surefire', 'shipment carrier label rate tracking parcel route customs pickup zone'),
  mod('billing', 'surefire', 'subscription plan proration tax dunning statement credit coupon usage meter'),
  mod('accounts', 'surefire', 'account profile address session password consent membership role permission email'),
  mod('pricing', 'surefire', 'price discount promotion bundle markup rounding tier quote exchange campaign'),
  mod('common', 'surefire', 'http json money clock retry ids db config metrics flags cache events', true),
  mod('fraud', 'pytest', 'score rules velocity device graph threshold review chargeback signal label'),
  mod('recommendations', 'pytest', 'ranker embedding candidate similarity session popularity cold_start diversity feedback'),
  mod('forecasting', 'pytest', 'demand seasonality holiday backtest horizon baseline elasticity calendar promo series'),
  mod('search', 'pytest', 'query tokenizer synonym index facet spelling boost autocomplete ranking filter'),
  mod('mlcore', 'pytest', 'dataset io metrics registry schema timeutil db settings logging cache', true),
  mod('cart', 'jest', 'cart lineItem coupon total miniCart saveForLater quantity shippingEstimate'),
  mod('catalog', 'jest', 'product gallery variant review category filter sort compare wishlist badge'),
  mod('checkout', 'jest', 'checkout payment address delivery summary giftCard confirmation wallet consent'),
  mod('account', 'jest', 'login signup orders profile addressBook password preferences returns'),
  mod('reviews', 'jest', 'rating reviewForm moderation photo helpful summary report'),
  mod('shared', 'jest', 'api format router i18n analytics storage featureFlags theme date money', true),
];

/** Roles give file stems: Java class suffixes, Python module suffixes, TS file kinds. */
export const JAVA_ROLES = [
  'Service', 'Repository', 'Controller', 'Validator', 'Mapper', 'Client', 'Handler', 'Policy', 'Calculator',
  'Scheduler', 'Listener', 'Factory', 'Resolver', 'Store',
] as const;
export const PYTHON_ROLES = [
  '', '_model', '_features', '_pipeline', '_client', '_utils', '_schema', '_tasks', '_store', '_metrics',
  '_jobs', '_transform',
] as const;
export const TS_ROLES = [
  'Store', 'Form', 'Page', 'use', 'Api', 'Selectors', 'Utils', 'List', 'Card', 'Hooks',
] as const;

export const TEST_VERBS = [
  'rejects', 'accepts', 'returns', 'computes', 'rounds', 'retries', 'caches', 'emits', 'persists',
  'validates', 'maps', 'merges', 'sorts', 'paginates', 'expires', 'refreshes', 'serializes', 'parses',
  'ignores', 'deduplicates', 'schedules', 'cancels', 'locks', 'publishes', 'restores', 'aggregates',
  'normalizes', 'filters', 'throttles', 'renders', 'updates', 'loads', 'handles', 'reports',
] as const;

export const TEST_OBJECTS = [
  'negative amount', 'empty cart', 'missing currency', 'duplicate id', 'expired token', 'unknown sku',
  'zero quantity', 'large payload', 'unicode name', 'stale cache', 'partial refund', 'null address',
  'future date', 'invalid email', 'concurrent update', 'closed account', 'rate limit', 'empty result',
  'max page size', 'leap day', 'utc offset', 'mixed currencies', 'discount code', 'gift card',
  'backorder', 'split shipment', 'timeout response', 'malformed json', 'retry budget', 'feature flag',
  'missing locale', 'trailing whitespace', 'default settings', 'last page', 'first login',
] as const;

export const TEST_QUALIFIERS = [
  '', '', '', '', 'when disabled', 'for guest user', 'after retry', 'with discount', 'on first call',
  'in batch mode', 'under load', 'for eu region', 'without permissions', 'when cache is warm',
  'on weekend', 'with legacy schema', 'across dst change', 'for empty input',
] as const;

/** Python parametrize ids and JUnit parameter lists, as runners print them. */
export const PARAM_IDS = [
  'usd-100', 'eur-0', 'gbp-99.99', 'jpy-1', 'empty', 'none', 'unicode', 'large', 'dst', 'leap',
] as const;
export const JAVA_PARAM_SIGNATURES = [
  '(String)', '(String, int)', '(BigDecimal, String)', '(Instant)', '(int, boolean)',
] as const;

export const SKIP_REASONS = [
  'flaky on arm64, see SHOP-2231',
  'requires GPU',
  'disabled until the new tax engine ships',
  'depends on sandbox credentials',
  'slow; run nightly only',
] as const;
