/*
 * Deutsch: every built-in text. Worded as general information ("kann helfen",
 * "viele Menschen"), never a cure or a promise (docs/health-content.md);
 * addressed formally ("Sie"), as German clinic sites do.
 */
import { register, type Locale } from './register.js';

const COURSE =
  'Eine Behandlung beginnt meist mit einem Erstgespräch, danach folgt etwa eine Sitzung pro Woche. Bei lange bestehenden Schmerzen sind oft mehrere Sitzungen nötig; Ihre Behandlerin oder Ihr Behandler bespricht mit Ihnen laufend, wie es Ihnen geht.';
const COMBINE = 'Akupunktur lässt sich mit Physiotherapie, Chiropraktik oder Massage verbinden, ebenso mit den Übungen und Ratschlägen Ihrer Ärztin oder Ihres Arztes.';

export const de: Locale = {
  benefits: {
    heading: 'Wie Akupunktur Ihrem Rücken helfen kann',
    benefits: [
      {
        title: 'Linderung von Schmerzen',
        text: 'Viele Menschen probieren Akupunktur, um frische wie auch länger bestehende Rückenschmerzen für eine Weile zu lindern.',
      },
      { title: 'Weniger Muskelverspannung', text: 'Sie kann helfen, verspannte Muskeln zu lockern und schmerzhafte Krämpfe zu lösen.' },
      { title: 'Leichter in Bewegung', text: 'Manche stellen fest, dass sie sich danach freier bücken, drehen und bewegen können.' },
      {
        title: 'Weniger Schmerzmittel',
        text: 'Manche Menschen brauchen danach weniger Schmerzmittel. Sprechen Sie immer mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie ein Medikament ändern.',
      },
      {
        title: 'Bequemere Haltung',
        text: 'Zusammen mit Tipps zu Bewegung und Übungen kann sie helfen, bequemer zu sitzen und zu stehen.',
      },
      {
        title: 'Energie und Entspannung',
        text: 'Die Sitzungen sind ruhig und entspannt, und viele Menschen sagen, dass sie sich gelöster fühlen und besser schlafen.',
      },
    ],
  },
  timeline: {
    heading: 'Was Sie bei Ihrer ersten Sitzung erwartet',
    steps: [
      {
        title: 'Ein ausführliches Gespräch',
        text: 'Ihre Behandlerin oder Ihr Behandler fragt meist zuerst nach Ihrer Krankengeschichte, Ihrem Alltag und den Beschwerden, die Sie belasten.',
      },
      {
        title: 'Ein Plan für Sie',
        text: 'Auf Grundlage Ihrer Angaben wird Ihnen ein passender Behandlungsplan vorgeschlagen und erklärt, was dazugehört.',
      },
      {
        title: 'Feine Nadeln werden gesetzt',
        text: 'Sie liegen bequem, während sterile, haarfeine Nadeln an ausgewählten Punkten gesetzt werden. Die meisten spüren dabei wenig oder nichts Unangenehmes.',
      },
      {
        title: 'Zeit zum Ruhen',
        text: 'Die Nadeln bleiben meist liegen, während Sie ruhen. Viele Menschen fühlen sich dabei entspannt, warm oder sogar schläfrig.',
        duration: 'Etwa 20 bis 40 Minuten',
      },
      {
        title: 'Weitere Sitzungen',
        text: 'Bei länger bestehenden Schmerzen werden meist mehrere Sitzungen empfohlen. Der Plan wird daran angepasst, wie Sie darauf ansprechen.',
      },
    ],
  },
  bookButton: {
    label: 'Termin buchen',
    newTab: '(öffnet in neuem Tab)',
    close: 'Schließen',
    openInNewTab: 'In neuem Tab öffnen',
    dismiss: 'Buchungsknopf ausblenden',
    dismissed: 'Buchungsknopf ausgeblendet',
    dialogTitle: 'Termin buchen bei {0}',
    frameTitle: 'Online-Terminbuchung bei {0}',
    booking: 'Online-Terminbuchung',
  },
  whoItHelps: {
    heading: 'Kann Akupunktur Ihrem Rücken helfen?',
    intro: 'Beantworten Sie ein paar kurze Fragen. Ihre Antworten bleiben auf diesem Gerät: Sie werden weder gesendet noch gespeichert.',
    counter: 'Frage {0} von {1}',
    continue: 'Weiter',
    back: 'Zurück',
    restart: 'Neu beginnen',
    problem: 'Es gibt ein Problem',
    errorPrefix: 'Fehler:',
    required: 'Wählen Sie eine Antwort aus',
    or: 'oder',
    urgent: 'Dringend:',
    call: 'Ihre Auswahl kann auf ein Problem hinweisen, das sofort ärztlich abgeklärt werden muss. Rufen Sie jetzt die {0} an. Warten Sie nicht ab, ob es besser wird.',
    content: {
      questions: [
        {
          id: 'flags',
          text: 'Trifft etwas davon auf Sie zu?',
          hint: 'Wählen Sie alles aus, was zutrifft.',
          multiple: true,
          error: 'Wählen Sie aus, was auf Sie zutrifft, oder „Nichts davon“',
          options: [
            { value: 'bladder', label: 'Sie können Blase oder Darm nicht mehr kontrollieren, oder das Wasserlassen fällt schwer' },
            { value: 'saddle', label: 'Taubheit oder Kribbeln im Bereich von Genitalien, Gesäß oder After' },
            { value: 'legs', label: 'Taubheit, Kribbeln oder Schwäche in beiden Beinen, oder es wird schlimmer' },
            { value: 'fever', label: 'Fieber, oder Sie nehmen ab, ohne es zu wollen' },
            { value: 'accident', label: 'Rückenschmerzen seit einem schweren Sturz oder Unfall' },
            { value: 'chest', label: 'Schmerzen in der Brust' },
            { value: 'none', label: 'Nichts davon', exclusive: true },
          ],
        },
        {
          id: 'where',
          text: 'Wo haben Sie Schmerzen?',
          error: 'Wählen Sie aus, wo Sie Schmerzen haben',
          options: [
            { value: 'lower', label: 'Unterer Rücken' },
            { value: 'upper', label: 'Oberer Rücken oder Verspannungen in den Schultern' },
            { value: 'sciatica', label: 'Schmerzen, die ins Bein ausstrahlen (Ischias)' },
            { value: 'disc', label: 'Ein ärztlich festgestellter Bandscheibenvorfall' },
            { value: 'other', label: 'An einer anderen Stelle' },
          ],
        },
        {
          id: 'cause',
          text: 'Was trifft am ehesten auf Sie zu?',
          error: 'Wählen Sie aus, was am ehesten auf Sie zutrifft',
          options: [
            { value: 'desk', label: 'Büroarbeit oder Haltung' },
            { value: 'sport', label: 'Eine Muskelzerrung durch Sport oder Training' },
            { value: 'age', label: 'Altersbedingte Veränderungen der Wirbelsäule' },
            { value: 'stress', label: 'Stress und Anspannung' },
            { value: 'injury', label: 'Erholung nach einer Rückenverletzung' },
            { value: 'none', label: 'Nichts davon' },
          ],
        },
        {
          id: 'time',
          text: 'Wie lange haben Sie diese Schmerzen schon?',
          error: 'Wählen Sie aus, wie lange Sie diese Schmerzen schon haben',
          options: [
            { value: 'short', label: 'Weniger als 6 Wochen' },
            { value: 'medium', label: '6 bis 12 Wochen' },
            { value: 'long', label: 'Mehr als 12 Wochen' },
          ],
        },
      ],
      outcomes: {
        urgent: {
          title: 'Holen Sie sich jetzt ärztliche Hilfe',
          urgent: true,
          body: [
            'Ihre Auswahl kann auf ein Problem hinweisen, das sofort ärztlich abgeklärt werden muss. Rufen Sie den Notruf an oder wenden Sie sich noch heute an eine Ärztin oder einen Arzt. Warten Sie nicht ab, ob es besser wird.',
            'Akupunktur ist nicht der richtige erste Schritt. Wenn eine Ärztin oder ein Arzt Sie untersucht hat, können Sie dort gern danach fragen.',
          ],
        },
        'good-fit': {
          title: 'Viele Menschen mit Schmerzen wie Ihren probieren Akupunktur',
          body: [
            'Rückenschmerzen, die seit einigen Wochen oder länger bestehen und von Haltung, Überlastung, Stress oder Verschleiß kommen, gehören zu den häufigsten Gründen für einen Besuch. Akupunktur kann Schmerzen und Muskelverspannungen eine Zeit lang lindern und Ihnen helfen, sich freier zu bewegen.',
            COURSE,
            COMBINE,
          ],
        },
        'may-help': {
          title: 'Akupunktur kann helfen, neben anderer Behandlung',
          body: [
            'Manche Menschen mit Schmerzen wie Ihren probieren Akupunktur, und wie sehr sie hilft, ist verschieden. Beim ersten Termin fragt Ihre Behandlerin oder Ihr Behandler nach Ihren Beschwerden und einer eventuellen Diagnose und sagt Ihnen ehrlich, ob sich ein Versuch lohnt.',
            COURSE,
            COMBINE,
          ],
        },
        doctor: {
          title: 'Sprechen Sie zuerst mit einer Ärztin oder einem Arzt',
          body: [
            'Schmerzen nach einer frischen Verletzung oder Schmerzen außerhalb des Rückens sollten zuerst ärztlich oder physiotherapeutisch untersucht werden, um die Ursache zu finden und auszuschließen, dass eine andere Behandlung nötig ist. Spricht dort nichts dagegen, kann Akupunktur danach helfen.',
            COURSE,
            COMBINE,
          ],
        },
      },
      disclaimer:
        'Dies sind allgemeine Informationen, keine Diagnose und keine medizinische Beratung. Jeder Mensch ist anders, und die Ergebnisse sind verschieden. Wenn Sie sich Sorgen machen, sprechen Sie mit einer Ärztin oder einem Arzt.',
    },
  },
};

register('de', de);
