/*
 * Português: every built-in text, in Brazilian Portuguese (also shown for
 * pt-PT, worded to read naturally there too). Worded as general information
 * ("pode ajudar", "muitas pessoas"), never a cure or a promise
 * (docs/health-content.md).
 */
import { register, type Locale } from './register.js';

const COURSE =
  'O tratamento costuma começar com uma consulta, seguida de mais ou menos uma sessão por semana. Dor de longa data muitas vezes precisa de várias sessões; o profissional vai avaliando com você como você se sente.';
const COMBINE = 'A acupuntura pode ser combinada com fisioterapia, quiropraxia ou massagem, e com os exercícios e as orientações do seu médico.';

export const pt: Locale = {
  benefits: {
    heading: 'Como a acupuntura pode ajudar as suas costas',
    benefits: [
      {
        title: 'Alívio da dor',
        text: 'Muitas pessoas experimentam a acupuntura para aliviar por um tempo a dor nas costas, seja ela recente ou de longa data.',
      },
      { title: 'Menos tensão muscular', text: 'Ela pode ajudar a relaxar músculos tensos e a aliviar espasmos dolorosos.' },
      { title: 'Movimentos mais fáceis', text: 'Algumas pessoas percebem que conseguem se curvar, girar e se movimentar com mais liberdade depois.' },
      {
        title: 'Menos analgésicos',
        text: 'Algumas pessoas percebem que precisam de menos remédios para dor; fale sempre com o seu médico antes de mudar qualquer medicamento.',
      },
      {
        title: 'Uma postura mais confortável',
        text: 'Junto com orientações sobre movimento e exercícios, ela pode ajudar você a ficar sentado e em pé com mais conforto.',
      },
      {
        title: 'Energia e relaxamento',
        text: 'As sessões são calmas e tranquilas, e muitas pessoas dizem que se sentem mais relaxadas e dormem melhor.',
      },
    ],
  },
  timeline: {
    heading: 'O que esperar da sua primeira sessão',
    steps: [
      {
        title: 'Uma conversa detalhada',
        text: 'Normalmente, o profissional começa perguntando sobre o seu histórico de saúde, a sua rotina e os sintomas que incomodam você.',
      },
      {
        title: 'Um plano feito para você',
        text: 'Com base no que você contar, ele sugere um plano de tratamento adequado e explica o que ele envolve.',
      },
      {
        title: 'Agulhas finas são colocadas',
        text: 'Você fica deitado confortavelmente enquanto agulhas esterilizadas, finas como um fio de cabelo, são colocadas em pontos escolhidos. A maioria das pessoas sente pouco ou nenhum desconforto.',
      },
      {
        title: 'Hora de descansar',
        text: 'As agulhas costumam ficar no lugar enquanto você descansa. Muitas pessoas se sentem relaxadas, aquecidas ou até com sono.',
        duration: 'Cerca de 20 a 40 minutos',
      },
      {
        title: 'Sessões de acompanhamento',
        text: 'Para dor de longa data, geralmente são sugeridas várias sessões. O profissional ajusta o plano de acordo com a sua resposta.',
      },
    ],
  },
  bookButton: {
    label: 'Agendar consulta',
    newTab: '(abre em uma nova aba)',
    close: 'Fechar',
    openInNewTab: 'Abrir em uma nova aba',
    dismiss: 'Ocultar o botão de agendamento',
    dismissed: 'Botão de agendamento oculto',
    dialogTitle: 'Agendar consulta: {0}',
    frameTitle: 'Agendamento online: {0}',
    booking: 'Agendamento online',
  },
  whoItHelps: {
    heading: 'A acupuntura pode ajudar as suas costas?',
    intro: 'Responda a algumas perguntas rápidas. As suas respostas ficam neste dispositivo: não são enviadas nem guardadas.',
    counter: 'Pergunta {0} de {1}',
    continue: 'Continuar',
    back: 'Voltar',
    restart: 'Recomeçar',
    problem: 'Há um problema',
    errorPrefix: 'Erro:',
    required: 'Selecione uma resposta',
    or: 'ou',
    urgent: 'Urgente:',
    call: 'O que você selecionou pode ser sinal de um problema que precisa de um médico imediatamente. Ligue agora para o {0}. Não espere para ver se melhora.',
    content: {
      questions: [
        {
          id: 'flags',
          text: 'Alguma destas situações se aplica a você?',
          hint: 'Selecione todas as que se aplicam.',
          multiple: true,
          error: 'Selecione as que se aplicam a você, ou selecione “Nenhuma destas”',
          options: [
            { value: 'bladder', label: 'Perda do controle da bexiga ou do intestino, ou dificuldade para urinar' },
            { value: 'saddle', label: 'Dormência ou formigamento ao redor dos genitais, das nádegas ou do ânus' },
            { value: 'legs', label: 'Dormência, formigamento ou fraqueza nas duas pernas, ou que está piorando' },
            { value: 'fever', label: 'Febre, ou perda de peso sem estar tentando emagrecer' },
            { value: 'accident', label: 'Dor nas costas que começou depois de uma queda ou acidente grave' },
            { value: 'chest', label: 'Dor no peito' },
            { value: 'none', label: 'Nenhuma destas', exclusive: true },
          ],
        },
        {
          id: 'where',
          text: 'Onde é a sua dor?',
          error: 'Selecione onde é a sua dor',
          options: [
            { value: 'lower', label: 'Parte de baixo das costas (lombar)' },
            { value: 'upper', label: 'Parte de cima das costas ou tensão nos ombros' },
            { value: 'sciatica', label: 'Dor que desce por uma perna (ciática)' },
            { value: 'disc', label: 'Hérnia de disco diagnosticada por um médico' },
            { value: 'other', label: 'Em outro lugar' },
          ],
        },
        {
          id: 'cause',
          text: 'O que mais se parece com o seu caso?',
          error: 'Selecione o que mais se parece com o seu caso',
          options: [
            { value: 'desk', label: 'Trabalho de escritório ou postura' },
            { value: 'sport', label: 'Uma distensão muscular por esporte ou exercício' },
            { value: 'age', label: 'Alterações da coluna que vêm com a idade' },
            { value: 'stress', label: 'Estresse e tensão' },
            { value: 'injury', label: 'Recuperação de uma lesão nas costas' },
            { value: 'none', label: 'Nenhuma destas' },
          ],
        },
        {
          id: 'time',
          text: 'Há quanto tempo você tem essa dor?',
          error: 'Selecione há quanto tempo você tem essa dor',
          options: [
            { value: 'short', label: 'Menos de 6 semanas' },
            { value: 'medium', label: 'De 6 a 12 semanas' },
            { value: 'long', label: 'Mais de 12 semanas' },
          ],
        },
      ],
      outcomes: {
        urgent: {
          title: 'Procure ajuda médica agora',
          urgent: true,
          body: [
            'O que você selecionou pode ser sinal de um problema que precisa de um médico imediatamente. Ligue para o número de emergência local ou procure um médico ainda hoje. Não espere para ver se melhora.',
            'A acupuntura não é o primeiro passo indicado. Depois que um médico examinar você, pode perguntar a ele sobre a acupuntura.',
          ],
        },
        'good-fit': {
          title: 'Muitas pessoas com dor parecida com a sua experimentam a acupuntura',
          body: [
            'Dor nas costas que já dura algumas semanas ou mais, por postura, esforço, estresse ou desgaste, é um dos motivos mais comuns para uma consulta. A acupuntura pode aliviar a dor e a tensão muscular por um tempo e ajudar você a se movimentar com mais liberdade.',
            COURSE,
            COMBINE,
          ],
        },
        'may-help': {
          title: 'A acupuntura pode ajudar, junto com outros cuidados',
          body: [
            'Algumas pessoas com dor parecida com a sua experimentam a acupuntura, e o quanto ela ajuda varia. Na primeira consulta, o profissional pergunta sobre os seus sintomas e sobre algum diagnóstico, e diz com sinceridade se vale a pena tentar.',
            COURSE,
            COMBINE,
          ],
        },
        doctor: {
          title: 'Fale primeiro com um médico',
          body: [
            'Dor depois de uma lesão recente, ou dor fora das costas, deve ser avaliada primeiro por um médico ou fisioterapeuta, para encontrar a causa e descartar algo que precise de outro tratamento. Se eles concordarem, a acupuntura pode ajudar depois.',
            COURSE,
            COMBINE,
          ],
        },
      },
      disclaimer:
        'Estas são informações gerais, não um diagnóstico nem uma orientação médica. Cada pessoa é diferente e os resultados variam. Em caso de dúvida ou preocupação, fale com um médico.',
    },
  },
};

register('pt', pt);
