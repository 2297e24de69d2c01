/*
 * Español: every built-in text, in a neutral Spanish for Spain and the
 * Americas, addressed as "usted". Worded as general information ("puede
 * ayudar", "muchas personas"), never a cure or a promise
 * (docs/health-content.md).
 */
import { register, type Locale } from './register.js';

const COURSE =
  'Un tratamiento suele empezar con una consulta y seguir con una sesión a la semana, más o menos. El dolor que dura desde hace mucho tiempo a menudo necesita varias sesiones; su terapeuta irá revisando con usted cómo se encuentra.';
const COMBINE = 'La acupuntura puede combinarse con fisioterapia, quiropráctica o masaje, y con el ejercicio y los consejos que le dé su médico.';

export const es: Locale = {
  benefits: {
    heading: 'Cómo puede ayudar la acupuntura a su espalda',
    benefits: [
      {
        title: 'Alivio del dolor',
        text: 'Muchas personas prueban la acupuntura para aliviar durante un tiempo el dolor de espalda, tanto reciente como de hace meses o años.',
      },
      { title: 'Menos tensión muscular', text: 'Puede ayudar a relajar los músculos tensos y a calmar los espasmos dolorosos.' },
      { title: 'Moverse con más facilidad', text: 'Algunas personas notan que después pueden agacharse, girarse y moverse con más libertad.' },
      {
        title: 'Menos analgésicos',
        text: 'Algunas personas notan que necesitan menos medicamentos para el dolor; consulte siempre a su médico antes de cambiar cualquier medicamento.',
      },
      {
        title: 'Una postura más cómoda',
        text: 'Junto con consejos sobre movimiento y ejercicio, puede ayudarle a estar sentado y de pie con más comodidad.',
      },
      {
        title: 'Energía y relajación',
        text: 'Las sesiones son tranquilas y silenciosas, y muchas personas dicen que se sienten más relajadas y duermen mejor.',
      },
    ],
  },
  timeline: {
    heading: 'Qué esperar en su primera sesión',
    steps: [
      {
        title: 'Una conversación detallada',
        text: 'Su terapeuta suele empezar preguntándole por su historial de salud, su vida diaria y los síntomas que le molestan.',
      },
      {
        title: 'Un plan pensado para usted',
        text: 'Con lo que usted le cuente, le propone un plan de tratamiento adecuado y le explica en qué consiste.',
      },
      {
        title: 'Se colocan agujas finas',
        text: 'Usted se tumba cómodamente mientras se colocan agujas estériles, finas como un cabello, en puntos elegidos. La mayoría de las personas siente poca o ninguna molestia.',
      },
      {
        title: 'Tiempo para descansar',
        text: 'Las agujas suelen quedarse colocadas mientras usted descansa. Muchas personas se sienten relajadas, con calor o incluso con sueño.',
        duration: 'Entre 20 y 40 minutos, aproximadamente',
      },
      {
        title: 'Sesiones de seguimiento',
        text: 'Para el dolor de hace tiempo se suelen recomendar varias sesiones. Su terapeuta ajusta el plan según cómo responda usted.',
      },
    ],
  },
  bookButton: {
    label: 'Pedir cita',
    newTab: '(se abre en una pestaña nueva)',
    close: 'Cerrar',
    openInNewTab: 'Abrir en una pestaña nueva',
    dismiss: 'Ocultar el botón de reserva',
    dismissed: 'Botón de reserva oculto',
    dialogTitle: 'Pedir cita en {0}',
    frameTitle: 'Reserva en línea de {0}',
    booking: 'Reserva en línea',
  },
  whoItHelps: {
    heading: '¿Puede ayudar la acupuntura a su espalda?',
    intro: 'Responda unas pocas preguntas breves. Sus respuestas se quedan en este dispositivo: no se envían ni se guardan.',
    counter: 'Pregunta {0} de {1}',
    continue: 'Continuar',
    back: 'Atrás',
    restart: 'Empezar de nuevo',
    problem: 'Hay un problema',
    errorPrefix: 'Error:',
    required: 'Seleccione una respuesta',
    or: 'o',
    urgent: 'Urgente:',
    call: 'Lo que ha seleccionado puede ser señal de un problema que necesita atención médica de inmediato. Llame ahora al {0}. No espere a ver si mejora.',
    content: {
      questions: [
        {
          id: 'flags',
          text: '¿Le ocurre alguna de estas cosas?',
          hint: 'Seleccione todas las que correspondan.',
          multiple: true,
          error: 'Seleccione las que le ocurren, o seleccione “Ninguna de estas”',
          options: [
            { value: 'bladder', label: 'Pérdida del control de la vejiga o del intestino, o dificultad para orinar' },
            { value: 'saddle', label: 'Entumecimiento u hormigueo alrededor de los genitales, las nalgas o el ano' },
            { value: 'legs', label: 'Entumecimiento, hormigueo o debilidad en ambas piernas, o que va a peor' },
            { value: 'fever', label: 'Fiebre, o pérdida de peso sin buscarla' },
            { value: 'accident', label: 'Dolor de espalda que empezó tras una caída o un accidente grave' },
            { value: 'chest', label: 'Dolor en el pecho' },
            { value: 'none', label: 'Ninguna de estas', exclusive: true },
          ],
        },
        {
          id: 'where',
          text: '¿Dónde tiene el dolor?',
          error: 'Seleccione dónde tiene el dolor',
          options: [
            { value: 'lower', label: 'Parte baja de la espalda (zona lumbar)' },
            { value: 'upper', label: 'Parte alta de la espalda o tensión en los hombros' },
            { value: 'sciatica', label: 'Dolor que baja por una pierna (ciática)' },
            { value: 'disc', label: 'Una hernia discal diagnosticada por un médico' },
            { value: 'other', label: 'En otra parte' },
          ],
        },
        {
          id: 'cause',
          text: '¿Qué describe mejor su caso?',
          error: 'Seleccione lo que mejor describa su caso',
          options: [
            { value: 'desk', label: 'Trabajo de oficina o postura' },
            { value: 'sport', label: 'Una distensión muscular por deporte o ejercicio' },
            { value: 'age', label: 'Cambios de la columna propios de la edad' },
            { value: 'stress', label: 'Estrés y tensión' },
            { value: 'injury', label: 'Recuperación de una lesión de espalda' },
            { value: 'none', label: 'Nada de esto' },
          ],
        },
        {
          id: 'time',
          text: '¿Desde hace cuánto tiene este dolor?',
          error: 'Seleccione desde hace cuánto tiene este dolor',
          options: [
            { value: 'short', label: 'Menos de 6 semanas' },
            { value: 'medium', label: 'De 6 a 12 semanas' },
            { value: 'long', label: 'Más de 12 semanas' },
          ],
        },
      ],
      outcomes: {
        urgent: {
          title: 'Busque atención médica ahora',
          urgent: true,
          body: [
            'Lo que ha seleccionado puede ser señal de un problema que necesita atención médica de inmediato. Llame al número de emergencias de su zona o consulte hoy mismo con un médico de urgencias. No espere a ver si mejora.',
            'La acupuntura no es el primer paso adecuado. Cuando un médico le haya examinado, puede preguntarle por ella.',
          ],
        },
        'good-fit': {
          title: 'Muchas personas con un dolor como el suyo prueban la acupuntura',
          body: [
            'El dolor de espalda que dura unas semanas o más, por la postura, un esfuerzo, el estrés o el desgaste, es uno de los motivos de consulta más habituales. Puede aliviar durante un tiempo el dolor y la tensión muscular y ayudarle a moverse con más libertad.',
            COURSE,
            COMBINE,
          ],
        },
        'may-help': {
          title: 'La acupuntura puede ayudar, junto con otros cuidados',
          body: [
            'Algunas personas con un dolor como el suyo prueban la acupuntura, y lo que ayuda varía de una persona a otra. En la primera visita, su terapeuta le pregunta por sus síntomas y por cualquier diagnóstico, y le dice con sinceridad si merece la pena probar.',
            COURSE,
            COMBINE,
          ],
        },
        doctor: {
          title: 'Hable primero con un médico',
          body: [
            'Conviene que un médico o un fisioterapeuta revise primero el dolor tras una lesión reciente, o el dolor fuera de la espalda, para encontrar la causa y descartar cualquier cosa que necesite otro tratamiento. Si está de acuerdo, después la acupuntura puede ayudar.',
            COURSE,
            COMBINE,
          ],
        },
      },
      disclaimer:
        'Esta es información general, no un diagnóstico ni un consejo médico. Cada persona es diferente y los resultados varían. Si algo le preocupa, hable con un médico.',
    },
  },
};

register('es', es);
