/*
 * 简体中文: every built-in text. Worded as general information ("可能有助于",
 * "许多人"), never a cure or a promise (docs/health-content.md). Numbers and
 * Latin text are set off by spaces, as mainland clinic sites usually write.
 */
import { register, type Locale } from './register.js';

const COURSE = '疗程通常从一次问诊开始，之后大约每周治疗一次。长期疼痛往往需要多次治疗；针灸师会在过程中了解您的感受，并随时调整。';
const COMBINE = '针灸可以与物理治疗、整脊治疗或按摩结合进行，也可以配合医生给您的锻炼和建议。';

export const zhHans: Locale = {
  benefits: {
    heading: '针灸可能对您的背部有哪些帮助',
    benefits: [
      { title: '缓解疼痛', text: '许多人尝试针灸，希望短期缓解新近出现或长期存在的背痛。' },
      { title: '减轻肌肉紧张', text: '针灸可能有助于放松紧绷的肌肉，缓解引起疼痛的痉挛。' },
      { title: '活动更自如', text: '有些人发现，治疗后弯腰、转身和日常活动都更自如了。' },
      { title: '减少对止痛药的依赖', text: '有些人发现自己需要的止痛药变少了；调整任何药物之前，请务必先咨询医生。' },
      { title: '姿势更舒适', text: '配合关于活动和锻炼的建议，针灸可能有助于您坐着和站着时更舒适。' },
      { title: '精力与放松', text: '治疗过程安静平和，许多人表示治疗后感觉更放松，睡得也更好。' },
    ],
  },
  timeline: {
    heading: '首次治疗时会经历什么',
    steps: [
      { title: '详细问诊', text: '针灸师通常会先询问您的健康史、日常生活以及困扰您的症状。' },
      { title: '为您制定方案', text: '针灸师会根据您提供的信息，建议适合您的治疗方案，并说明具体内容。' },
      { title: '放置细针', text: '您舒适地躺好，针灸师在选定的穴位放置无菌、细如发丝的针。大多数人几乎没有不适感。' },
      { title: '静卧休息', text: '留针期间您可以静卧休息。许多人会感到放松、温暖，甚至有些困倦。', duration: '约 20 至 40 分钟' },
      { title: '后续治疗', text: '对于长期疼痛，通常建议进行多次治疗。针灸师会根据您的反应调整方案。' },
    ],
  },
  bookButton: {
    label: '预约就诊',
    newTab: '（在新标签页中打开）',
    close: '关闭',
    openInNewTab: '在新标签页中打开',
    dismiss: '隐藏预约按钮',
    dismissed: '预约按钮已隐藏',
    dialogTitle: '预约就诊：{0}',
    frameTitle: '在线预约：{0}',
    booking: '在线预约',
  },
  whoItHelps: {
    heading: '针灸可能对您的背痛有帮助吗？',
    intro: '请回答几个简短的问题。您的回答只保留在本设备上，不会被发送或保存。',
    counter: '第 {0} 题，共 {1} 题',
    continue: '继续',
    back: '返回',
    restart: '重新开始',
    problem: '出现问题',
    errorPrefix: '错误：',
    required: '请选择一个答案',
    or: '或',
    urgent: '紧急：',
    call: '您选择的情况可能提示存在需要立即就医的问题。请立即拨打 {0}。不要等待观察是否好转。',
    content: {
      questions: [
        {
          id: 'flags',
          text: '以下情况中，是否有符合您的？',
          hint: '请选择所有符合的选项。',
          multiple: true,
          error: '请选择符合您的情况，或选择“以上都没有”',
          options: [
            { value: 'bladder', label: '无法控制排尿或排便，或排尿困难' },
            { value: 'saddle', label: '生殖器、臀部或肛门周围麻木或刺痛' },
            { value: 'legs', label: '双腿麻木、刺痛或无力，或症状正在加重' },
            { value: 'fever', label: '发烧，或体重在没有刻意减重的情况下下降' },
            { value: 'accident', label: '严重跌倒或事故后开始的背痛' },
            { value: 'chest', label: '胸痛' },
            { value: 'none', label: '以上都没有', exclusive: true },
          ],
        },
        {
          id: 'where',
          text: '您哪里疼痛？',
          error: '请选择您疼痛的部位',
          options: [
            { value: 'lower', label: '下背部（腰部）' },
            { value: 'upper', label: '上背部，或肩部紧张' },
            { value: 'sciatica', label: '疼痛沿一条腿向下放射（坐骨神经痛）' },
            { value: 'disc', label: '经医生诊断的椎间盘突出' },
            { value: 'other', label: '其他部位' },
          ],
        },
        {
          id: 'cause',
          text: '哪种情况最符合您？',
          error: '请选择最符合您的情况',
          options: [
            { value: 'desk', label: '办公室工作或姿势问题' },
            { value: 'sport', label: '运动或锻炼导致的肌肉拉伤' },
            { value: 'age', label: '与年龄相关的脊柱变化' },
            { value: 'stress', label: '压力和紧张' },
            { value: 'injury', label: '背部受伤后的恢复期' },
            { value: 'none', label: '以上都不是' },
          ],
        },
        {
          id: 'time',
          text: '这种疼痛持续多久了？',
          error: '请选择疼痛持续的时间',
          options: [
            { value: 'short', label: '不到 6 周' },
            { value: 'medium', label: '6 至 12 周' },
            { value: 'long', label: '超过 12 周' },
          ],
        },
      ],
      outcomes: {
        urgent: {
          title: '请立即就医',
          urgent: true,
          body: [
            '您选择的情况可能提示存在需要立即就医的问题。请拨打当地急救电话，或今天就联系急诊医生。不要等待观察是否好转。',
            '针灸不是合适的第一步。在医生为您检查之后，欢迎您向医生咨询针灸。',
          ],
        },
        'good-fit': {
          title: '许多有类似疼痛的人会尝试针灸',
          body: [
            '持续数周或更久的背痛，无论是由姿势、劳损、压力还是退化引起，都是人们前来就诊最常见的原因之一。针灸可能在一段时间内缓解疼痛和肌肉紧张，帮助您活动更自如。',
            COURSE,
            COMBINE,
          ],
        },
        'may-help': {
          title: '针灸可能有帮助，可与其他治疗配合',
          body: [
            '一些有类似疼痛的人会尝试针灸，效果因人而异。首次就诊时，针灸师会询问您的症状和已有的诊断，并坦诚告诉您是否值得一试。',
            COURSE,
            COMBINE,
          ],
        },
        doctor: {
          title: '请先咨询医生',
          body: [
            '近期受伤后的疼痛，或背部以外的疼痛，最好先由医生或物理治疗师检查，找出原因，并排除需要其他治疗的情况。如果医生认为可以，之后针灸可能会有帮助。',
            COURSE,
            COMBINE,
          ],
        },
      },
      disclaimer: '以上为一般信息，不构成诊断或医疗建议。每个人的情况不同，效果因人而异。如有担心，请咨询医生。',
    },
  },
};

register('zh-hans', zhHans);
