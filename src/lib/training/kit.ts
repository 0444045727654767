// The training day's printed and spoken content (issue 24), in Vietnamese like the modules.
// It lives here, not in the locale files, so that only the kit's own pages carry it: every
// Vietnamese locale namespace is bundled into every page, the children's too. Facts only as
// src/lib/facts.ts states them (training.test.ts checks the law references here too).
export const KIT = {
	agendaHalf: [
		'08:00-08:20 · Khai mạc, làm bài kiểm tra nhanh trước buổi học',
		'08:20-09:00 · Khi trẻ kể: Na, 7 tuổi (trình chiếu, bỏ phiếu từng câu)',
		'09:00-09:40 · Khi trẻ kể: Minh, 10 tuổi, và người chú trong nhà',
		'09:40-09:55 · Nghỉ giải lao',
		'09:55-10:35 · Khi trẻ kể rồi rút lại: Lan, 15 tuổi',
		'10:35-11:10 · Pháp luật qua tình huống; nghĩa vụ báo ngay',
		'11:10-11:30 · Bài kiểm tra nhanh sau buổi học, phát tài liệu, giấy chứng nhận'
	],
	agendaFull: [
		'08:00-08:30 · Khai mạc, làm quen, bài kiểm tra nhanh trước buổi học',
		'08:30-09:15 · Khi trẻ kể: Na, 7 tuổi',
		'09:15-10:00 · Khi trẻ kể: Minh, 10 tuổi, và người chú trong nhà',
		'10:00-10:15 · Nghỉ giải lao',
		'10:15-11:00 · Khi trẻ kể rồi rút lại: Lan, 15 tuổi',
		'11:00-11:30 · Đóng vai theo cặp: đọc to các câu mở cửa',
		'11:30-13:30 · Nghỉ trưa',
		'13:30-14:15 · Pháp luật qua tình huống; quy trình báo ở trường mình',
		'14:15-15:00 · Trò chuyện với con: cơ thể của con là của con',
		'15:00-15:15 · Nghỉ giải lao',
		'15:15-16:00 · Trò chuyện với con: bạn trên mạng',
		'16:00-16:30 · Bài kiểm tra nhanh sau buổi học, phát tài liệu, giấy chứng nhận'
	],
	careNote:
		'Trong buổi tập huấn, một người học có thể nhớ lại chuyện của chính mình. Nói trước rằng ai cũng được ra ngoài nghỉ, và có một người phụ trách ngồi cùng. Nhắc số 111 (miễn phí, 24/7).',
	handout: {
		do: [
			'Lắng nghe bình tĩnh, để trẻ kể theo cách của trẻ.',
			'Tin trẻ. Cảm ơn trẻ đã kể.',
			'Nói rõ: "Đó không phải lỗi của con."',
			'Nói thật: sẽ chỉ kể với người giúp được trẻ.',
			'Ghi lại đúng lời trẻ, ngày giờ, không thêm ý mình.',
			'Báo ngay: người phụ trách bảo vệ trẻ em, và 111, công an hoặc Ủy ban nhân dân cấp xã.'
		],
		dont: [
			'Hứa giữ bí mật.',
			'Hỏi dồn, hỏi gợi ý ("có chạm vào con không?").',
			'Hỏi "sao giờ mới kể?", "sao không chạy đi?".',
			'Gọi cho người bị kể, đối chất, tự điều tra.',
			'Hứa điều không giữ được ("mẹ sẽ không mắng", "chú sẽ không sao").',
			'Chờ có bằng chứng rồi mới báo.'
		],
		law: [
			'Luật Trẻ em số 102/2016/QH13: trẻ em là người dưới 16 tuổi; khoản 8 Điều 4 Luật Trẻ em định nghĩa xâm hại tình dục trẻ em.',
			'Khoản 1 Điều 21 Bộ luật Dân sự 2015: người chưa thành niên là người dưới 18 tuổi.',
			'Khoản 1 Điều 25 Nghị định 56/2017/NĐ-CP: ai biết trẻ bị xâm hại hoặc có nguy cơ bị xâm hại đều báo ngay cho 111, công an hoặc Ủy ban nhân dân cấp xã.',
			'Điều 142, 144, 145, 146, 147 Bộ luật Hình sự: người dưới 16 tuổi; Điều 141, 143 Bộ luật Hình sự: người dưới 18 tuổi.'
		],
		hotline: 'Tổng đài 111: miễn phí, 24/7.'
	},
	certificateBody:
		'đã tham dự buổi tập huấn "Phòng, chống xâm hại tình dục trẻ em trên môi trường mạng" của Khiên Nhỏ: lắng nghe khi trẻ kể, pháp luật bảo vệ trẻ em, và trò chuyện với con.'
} as const;
