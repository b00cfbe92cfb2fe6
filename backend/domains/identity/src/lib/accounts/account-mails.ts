import { Injectable } from '@nestjs/common';
import { type Locale, WebLinks } from '@balss/contracts';
import { MailProducer } from '@balss/domains/notifications';
import { AppConfig } from '@balss/platform/config';

type MailKind = 'verify-email' | 'already-registered' | 'reset-password' | 'admin-invitation';

interface Template {
  subject: string;
  /** `{link}` and `{municipality}` are filled in; plain text, one paragraph per line. */
  body: string;
}

/** Validity of each link, stated in the mail; the services use the same numbers. */
export const LINK_TTL_MINUTES = { 'verify-email': 48 * 60, 'reset-password': 60, 'admin-invitation': 7 * 24 * 60 } as const;

const TEMPLATES: Record<MailKind, Record<Locale, Template>> = {
  'verify-email': {
    lv: {
      subject: 'Apstipriniet savu e-pasta adresi — Balss',
      body: 'Lai pabeigtu reģistrāciju Balss, atveriet šo saiti 48 stundu laikā:\n{link}\n\nJa jūs nereģistrējāties, vienkārši izdzēsiet šo vēstuli.',
    },
    ru: {
      subject: 'Подтвердите свой адрес электронной почты — Balss',
      body: 'Чтобы завершить регистрацию в Balss, откройте эту ссылку в течение 48 часов:\n{link}\n\nЕсли вы не регистрировались, просто удалите это письмо.',
    },
    en: {
      subject: 'Confirm your e-mail address — Balss',
      body: 'To finish signing up for Balss, open this link within 48 hours:\n{link}\n\nIf you did not sign up, simply delete this e-mail.',
    },
  },
  'already-registered': {
    lv: {
      subject: 'Jums jau ir Balss konts',
      body: 'Kāds mēģināja reģistrēties Balss ar šo e-pasta adresi, bet tai jau ir konts. Ja aizmirsāt paroli, atjaunojiet to šeit:\n{link}\n\nJa tas nebijāt jūs, neko nedariet.',
    },
    ru: {
      subject: 'У вас уже есть аккаунт Balss',
      body: 'Кто-то пытался зарегистрироваться в Balss с этим адресом, но аккаунт уже существует. Если вы забыли пароль, восстановите его здесь:\n{link}\n\nЕсли это были не вы, ничего не делайте.',
    },
    en: {
      subject: 'You already have a Balss account',
      body: 'Someone tried to sign up for Balss with this address, but it already has an account. If you forgot your password, reset it here:\n{link}\n\nIf this was not you, do nothing.',
    },
  },
  'reset-password': {
    lv: {
      subject: 'Paroles atjaunošana — Balss',
      body: 'Lai izvēlētos jaunu paroli, atveriet šo saiti stundas laikā:\n{link}\n\nPēc tam visas jūsu sesijas tiks izbeigtas. Ja jūs to nepieprasījāt, neko nedariet.',
    },
    ru: {
      subject: 'Восстановление пароля — Balss',
      body: 'Чтобы выбрать новый пароль, откройте эту ссылку в течение часа:\n{link}\n\nПосле этого все ваши сеансы будут завершены. Если вы этого не запрашивали, ничего не делайте.',
    },
    en: {
      subject: 'Reset your password — Balss',
      body: 'To choose a new password, open this link within an hour:\n{link}\n\nAll your sessions will then be signed out. If you did not ask for this, do nothing.',
    },
  },
  'admin-invitation': {
    lv: {
      subject: 'Jūs esat pašvaldības administrators Balss — {municipality}',
      body: 'Jums ir izveidots administratora konts pašvaldībai {municipality}. Izvēlieties paroli 7 dienu laikā:\n{link}',
    },
    ru: {
      subject: 'Вы администратор муниципалитета в Balss — {municipality}',
      body: 'Для вас создана учётная запись администратора муниципалитета {municipality}. Выберите пароль в течение 7 дней:\n{link}',
    },
    en: {
      subject: 'You administer {municipality} on Balss',
      body: 'An administrator account for {municipality} has been created for you. Choose a password within 7 days:\n{link}',
    },
  },
};

/**
 * The e-mails of the account flows, in the recipient's language, rendered here and delivered by the
 * worker. Each carries a link to a page of the web app (PUBLIC_URL + WebLinks) with the one-time
 * token in the fragment.
 */
@Injectable()
export class AccountMails {
  constructor(
    private readonly mail: MailProducer,
    private readonly config: AppConfig,
  ) {}

  async send(
    kind: MailKind,
    to: { email: string; locale: Locale },
    link: { token: string | null; idempotencyKey: string },
    municipality = '',
  ): Promise<void> {
    const template = TEMPLATES[kind][to.locale];
    const path = kind === 'verify-email' ? WebLinks.verifyEmail(link.token ?? '') : WebLinks.resetPassword(link.token ?? '');
    const url = kind === 'already-registered' ? `${this.config.publicUrl}${WebLinks.forgotPassword}` : `${this.config.publicUrl}${path}`;
    const fill = (text: string) => text.replace('{link}', url).replaceAll('{municipality}', municipality);
    await this.mail.send({
      to: to.email,
      subject: fill(template.subject),
      text: fill(template.body),
      locale: to.locale,
      idempotencyKey: `${kind}:${link.idempotencyKey}`,
    });
  }
}
