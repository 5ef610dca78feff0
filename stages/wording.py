"""Words the stages look for on pages, in English, French, German, Spanish, Italian, Dutch and Portuguese."""

from __future__ import annotations

import re

#: A link to a privacy (or cookie) policy, by its text or its URL path.
PRIVACY_LINK = re.compile(
    r"privacy|privacidad|privacidade|privacit|confidentialit|datenschutz|données personnelles|"
    r"protection des données|cookie.?policy|politique.{0,20}cookies|rgpd|gdpr|privacybeleid|"
    r"informativa|protección de datos|proteção de dados", re.I)

#: An opt-out offered by a privacy policy: a link, a button or a form control.
OPT_OUT = re.compile(
    r"opt.?out|do not sell|don't sell|unsubscribe|withdraw (your )?consent|object to|manage (your )?cookies|"
    r"cookie settings|privacy settings|désactiver|s'opposer|retirer (votre|mon) consentement|désinscri|"
    r"widerspr|widerruf|deaktivieren|abmelden|oponerse|darse de baja|retirar (el|su) consentimiento|"
    r"disattiva|opporsi|revoca|afmelden|uitschrijven|bezwaar|desativar|opor-se|retirar consentimento", re.I)
