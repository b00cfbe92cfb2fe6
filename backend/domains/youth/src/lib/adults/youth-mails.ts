import { Injectable } from '@nestjs/common';
import { adultInvitationLink, type Locale, WebLinks } from '@balss/contracts';
import { MailProducer } from '@balss/domains/notifications';
import { AppConfig } from '@balss/platform/config';

/** Days an adult has to answer; stated in the e-mail. */
export const INVITATION_TTL_DAYS = 14;
/** Same validity as identity's own verification links (48 h), which the same page consumes. */
export const VERIFY_EMAIL_TTL_MINUTES = 48 * 60;

interface Template {
  subject: string;
  body: string;
}

type Vars = Record<'adult' | 'youth' | 'municipality' | 'link' | 'days', string>;

const INVITATION: Record<Locale, Template> = {
  lv: {
    subject: '{youth} lūdz jūs apstiprināt jauniešu kontu — Balss',
    body:
      'Labdien, {adult}!\n\n{youth} ({municipality}) izveidoja jauniešu kontu platformā Balss un norādīja jūs kā atbildīgo pieaugušo. ' +
      'Kamēr jaunietim nav 18 gadu, jauniešu iniciatīvu pieteikumus var iesniegt tikai ar pieaugušā apstiprinājumu.\n\n' +
      'Lai apstiprinātu vai atteiktu, atveriet šo saiti {days} dienu laikā:\n{link}\n\n' +
      'Apstiprinot jūs apliecināsiet, ka jums ir vismaz 18 gadu. Ja nepazīstat šo jaunieti, atsakiet vai vienkārši izdzēsiet šo vēstuli.',
  },
  ru: {
    subject: '{youth} просит вас подтвердить молодёжный аккаунт — Balss',
    body:
      'Здравствуйте, {adult}!\n\n{youth} ({municipality}) создал(а) молодёжный аккаунт на платформе Balss и указал(а) вас как ответственного взрослого. ' +
      'Пока молодому человеку нет 18 лет, заявки на молодёжные инициативы можно подавать только с подтверждением взрослого.\n\n' +
      'Чтобы подтвердить или отказаться, откройте эту ссылку в течение {days} дней:\n{link}\n\n' +
      'Подтверждая, вы заявляете, что вам не менее 18 лет. Если вы не знаете этого человека, откажитесь или просто удалите письмо.',
  },
  en: {
    subject: '{youth} asks you to confirm a youth account — Balss',
    body:
      'Hello {adult},\n\n{youth} ({municipality}) created a youth account on Balss and named you as their responsible adult. ' +
      'Until they turn 18, they can submit youth initiative applications only once an adult has confirmed.\n\n' +
      'To confirm or decline, open this link within {days} days:\n{link}\n\n' +
      'By confirming you declare that you are at least 18. If you do not know this young person, decline or simply delete this e-mail.',
  },
};

const VERIFY: Record<Locale, Template> = {
  lv: {
    subject: 'Apstiprini savu e-pasta adresi — Balss',
    body: 'Tavs jauniešu konts Balss ir izveidots. Lai vēlāk varētu pieteikties ar šo adresi, atver šo saiti 48 stundu laikā:\n{link}',
  },
  ru: {
    subject: 'Подтверди свой адрес электронной почты — Balss',
    body: 'Твой молодёжный аккаунт в Balss создан. Чтобы потом входить с этим адресом, открой эту ссылку в течение 48 часов:\n{link}',
  },
  en: {
    subject: 'Confirm your e-mail address — Balss',
    body: 'Your youth account on Balss is ready. To sign in with this address later, open this link within 48 hours:\n{link}',
  },
};

function fill(text: string, vars: Partial<Vars>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key as keyof Vars] ?? whole);
}

/**
 * The youth path's e-mails, rendered in the youth's chosen language and queued for the worker.
 * Idempotency keys name the invitation or token, so a retried request queues each mail once.
 */
@Injectable()
export class YouthMails {
  constructor(
    private readonly mail: MailProducer,
    private readonly config: AppConfig,
  ) {}

  async sendInvitation(input: {
    invitationId: string;
    to: string;
    adultName: string;
    youthDisplayName: string;
    municipalityName: string;
    token: string;
    locale: Locale;
  }): Promise<void> {
    const template = INVITATION[input.locale];
    const vars = {
      adult: input.adultName,
      youth: input.youthDisplayName,
      municipality: input.municipalityName,
      link: adultInvitationLink(this.config.publicUrl, input.token),
      days: String(INVITATION_TTL_DAYS),
    };
    await this.mail.send({
      to: input.to,
      subject: fill(template.subject, vars),
      text: fill(template.body, vars),
      locale: input.locale,
      idempotencyKey: `adult-invitation:${input.invitationId}`,
    });
  }

  /** The verification link identity's own page consumes (one-time token purpose `verify-email`). */
  async sendVerification(input: { userId: string; tokenId: string; to: string; token: string; locale: Locale }): Promise<void> {
    const template = VERIFY[input.locale];
    const vars = { link: `${this.config.publicUrl}${WebLinks.verifyEmail(input.token)}` };
    await this.mail.send({
      to: input.to,
      subject: fill(template.subject, vars),
      text: fill(template.body, vars),
      locale: input.locale,
      idempotencyKey: `verify-email:${input.userId}:${input.tokenId}`,
    });
  }
}
