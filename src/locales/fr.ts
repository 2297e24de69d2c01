/*
 * Français : every built-in text, addressed as "vous", with a no-break space
 * (U+00A0) before ":", ";", "?" and "!" as French typography wants. Worded
 * as general information ("peut aider", "beaucoup de personnes"), never a
 * cure or a promise (docs/health-content.md).
 */
import { register, type Locale } from './register.js';

const COURSE =
  'Un suivi commence généralement par une consultation, puis environ une séance par semaine. Une douleur ancienne demande souvent plusieurs séances\u00a0; votre praticien ou praticienne fait le point avec vous au fil des séances.';
const COMBINE = 'L’acupuncture peut se combiner avec la kinésithérapie, la chiropraxie ou les massages, ainsi qu’avec les exercices et les conseils de votre médecin.';

export const fr: Locale = {
  benefits: {
    heading: 'Comment l’acupuncture peut aider votre dos',
    benefits: [
      {
        title: 'Soulager la douleur',
        text: 'Beaucoup de personnes essaient l’acupuncture pour soulager un temps leur mal de dos, qu’il soit récent ou ancien.',
      },
      { title: 'Moins de tensions musculaires', text: 'Elle peut aider les muscles contractés à se détendre et apaiser les spasmes douloureux.' },
      { title: 'Bouger plus facilement', text: 'Certaines personnes trouvent qu’elles se penchent, se tournent et se déplacent plus librement après les séances.' },
      {
        title: 'Moins d’antidouleurs',
        text: 'Certaines personnes ont besoin de moins d’antidouleurs\u00a0; parlez toujours à votre médecin avant de modifier un traitement.',
      },
      {
        title: 'Une posture plus confortable',
        text: 'Avec des conseils de mouvement et d’exercice, elle peut vous aider à être plus à l’aise, assis comme debout.',
      },
      {
        title: 'Énergie et détente',
        text: 'Les séances sont calmes et paisibles, et beaucoup de personnes disent se sentir plus détendues et mieux dormir.',
      },
    ],
  },
  timeline: {
    heading: 'À quoi vous attendre lors de votre première séance',
    steps: [
      {
        title: 'Un échange approfondi',
        text: 'Votre praticien ou praticienne commence généralement par vous interroger sur vos antécédents de santé, votre quotidien et les symptômes qui vous gênent.',
      },
      {
        title: 'Un plan pensé pour vous',
        text: 'À partir de ce que vous partagez, on vous propose un plan de soins adapté et on vous explique en quoi il consiste.',
      },
      {
        title: 'La pose de fines aiguilles',
        text: 'Vous vous allongez confortablement pendant que des aiguilles stériles, fines comme un cheveu, sont posées sur des points choisis. La plupart des personnes ressentent peu ou pas de gêne.',
      },
      {
        title: 'Un temps de repos',
        text: 'Les aiguilles restent généralement en place pendant que vous vous reposez. Beaucoup de personnes se sentent détendues, au chaud, voire somnolentes.',
        duration: 'Environ 20 à 40 minutes',
      },
      {
        title: 'Les séances suivantes',
        text: 'Pour une douleur ancienne, plusieurs séances sont généralement proposées. Votre praticien ou praticienne adapte le plan à la façon dont vous réagissez.',
      },
    ],
  },
  bookButton: {
    label: 'Prendre rendez-vous',
    newTab: '(s’ouvre dans un nouvel onglet)',
    close: 'Fermer',
    openInNewTab: 'Ouvrir dans un nouvel onglet',
    dismiss: 'Masquer le bouton de réservation',
    dismissed: 'Bouton de réservation masqué',
    dialogTitle: 'Prendre rendez-vous chez {0}',
    frameTitle: 'Réservation en ligne chez {0}',
    booking: 'Réservation en ligne',
  },
  whoItHelps: {
    heading: 'L’acupuncture peut-elle aider votre dos\u00a0?',
    intro: 'Répondez à quelques questions courtes. Vos réponses restent sur cet appareil\u00a0: elles ne sont ni envoyées ni enregistrées.',
    counter: 'Question {0} sur {1}',
    continue: 'Continuer',
    back: 'Retour',
    restart: 'Recommencer',
    problem: 'Il y a un problème',
    errorPrefix: 'Erreur\u00a0:',
    required: 'Sélectionnez une réponse',
    or: 'ou',
    urgent: 'Urgence\u00a0:',
    call: 'Ce que vous avez sélectionné peut être le signe d’un problème qui demande un médecin sans attendre. Appelez le {0} maintenant. N’attendez pas de voir si cela s’améliore.',
    content: {
      questions: [
        {
          id: 'flags',
          text: 'L’un de ces signes vous concerne-t-il\u00a0?',
          hint: 'Sélectionnez tous ceux qui vous concernent.',
          multiple: true,
          error: 'Sélectionnez ceux qui vous concernent, ou «\u00a0Aucun de ces signes\u00a0»',
          options: [
            { value: 'bladder', label: 'Perte du contrôle de la vessie ou des intestins, ou difficulté à uriner' },
            { value: 'saddle', label: 'Engourdissement ou fourmillements autour des parties génitales, des fesses ou de l’anus' },
            { value: 'legs', label: 'Engourdissement, fourmillements ou faiblesse dans les deux jambes, ou qui s’aggravent' },
            { value: 'fever', label: 'De la fièvre, ou une perte de poids sans le vouloir' },
            { value: 'accident', label: 'Un mal de dos apparu après une chute ou un accident grave' },
            { value: 'chest', label: 'Une douleur dans la poitrine' },
            { value: 'none', label: 'Aucun de ces signes', exclusive: true },
          ],
        },
        {
          id: 'where',
          text: 'Où avez-vous mal\u00a0?',
          error: 'Sélectionnez l’endroit où vous avez mal',
          options: [
            { value: 'lower', label: 'Bas du dos' },
            { value: 'upper', label: 'Haut du dos ou tensions dans les épaules' },
            { value: 'sciatica', label: 'Douleur qui descend dans une jambe (sciatique)' },
            { value: 'disc', label: 'Une hernie discale diagnostiquée par un médecin' },
            { value: 'other', label: 'Ailleurs' },
          ],
        },
        {
          id: 'cause',
          text: 'Qu’est-ce qui vous correspond le mieux\u00a0?',
          error: 'Sélectionnez ce qui vous correspond le mieux',
          options: [
            { value: 'desk', label: 'Travail de bureau ou posture' },
            { value: 'sport', label: 'Une élongation musculaire due au sport ou à l’exercice' },
            { value: 'age', label: 'Des changements de la colonne liés à l’âge' },
            { value: 'stress', label: 'Stress et tensions' },
            { value: 'injury', label: 'La convalescence après une blessure au dos' },
            { value: 'none', label: 'Rien de tout cela' },
          ],
        },
        {
          id: 'time',
          text: 'Depuis combien de temps avez-vous cette douleur\u00a0?',
          error: 'Sélectionnez depuis combien de temps vous avez cette douleur',
          options: [
            { value: 'short', label: 'Moins de 6 semaines' },
            { value: 'medium', label: '6 à 12 semaines' },
            { value: 'long', label: 'Plus de 12 semaines' },
          ],
        },
      ],
      outcomes: {
        urgent: {
          title: 'Consultez un médecin maintenant',
          urgent: true,
          body: [
            'Ce que vous avez sélectionné peut être le signe d’un problème qui demande un médecin sans attendre. Appelez le numéro d’urgence de votre pays, ou contactez un médecin dès aujourd’hui. N’attendez pas de voir si cela s’améliore.',
            'L’acupuncture n’est pas la bonne première étape. Une fois qu’un médecin vous aura vu, vous pourrez lui en parler.',
          ],
        },
        'good-fit': {
          title: 'Beaucoup de personnes ayant des douleurs comme les vôtres essaient l’acupuncture',
          body: [
            'Un mal de dos qui dure depuis quelques semaines ou plus, lié à la posture, à un effort, au stress ou à l’usure, est l’un des motifs de consultation les plus fréquents. L’acupuncture peut soulager un temps la douleur et les tensions musculaires, et vous aider à bouger plus librement.',
            COURSE,
            COMBINE,
          ],
        },
        'may-help': {
          title: 'L’acupuncture peut aider, en complément d’autres soins',
          body: [
            'Certaines personnes ayant des douleurs comme les vôtres essaient l’acupuncture, et son effet varie d’une personne à l’autre. Lors de la première visite, votre praticien ou praticienne vous interroge sur vos symptômes et sur un éventuel diagnostic, et vous dit honnêtement si cela vaut la peine d’essayer.',
            COURSE,
            COMBINE,
          ],
        },
        doctor: {
          title: 'Parlez-en d’abord à un médecin',
          body: [
            'Une douleur après une blessure récente, ou une douleur ailleurs que dans le dos, doit d’abord être examinée par un médecin ou un kinésithérapeute, pour en trouver la cause et écarter ce qui demanderait un autre traitement. Avec leur accord, l’acupuncture peut ensuite aider.',
            COURSE,
            COMBINE,
          ],
        },
      },
      disclaimer:
        'Ces informations sont générales\u00a0: ce n’est ni un diagnostic ni un avis médical. Chaque personne est différente et les résultats varient. En cas d’inquiétude, parlez-en à un médecin.',
    },
  },
};

register('fr', fr);
