// The gpc scenario: the visitor's browser signals Global Privacy Control.
Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
