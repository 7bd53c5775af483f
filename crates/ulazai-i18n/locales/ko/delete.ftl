delete-cancel = 취소
delete-clips-title =
    { $count ->
        [1] 이 클립을 삭제할까요?
       *[other] 클립 { $count }개를 삭제할까요?
    }
delete-rejected-title = 제외한 클립 { $count }개를 삭제할까요?
delete-clips-message-saved = 저장된 파일 { $saved }개는 시스템 휴지통으로 이동하고, 클립 { $count }개는 라이브러리에서 빠집니다. 바로 실행 취소할 수 있습니다.
delete-clips-message-unsaved = 저장된 파일이 없습니다. 클립 { $count }개가 라이브러리에서 빠집니다. 바로 실행 취소할 수 있습니다.
delete-keep-files = 라이브러리에서 제거, 파일 유지
delete-move-to-trash = 휴지통으로 이동
delete-delete = 삭제

delete-removed-files-kept = 클립 { $count }개를 라이브러리에서 제거했습니다 — 파일은 디스크에 남아 있습니다
delete-deleted-trashed = 클립 { $count }개를 삭제했습니다 — 파일 { $trashed }개는 휴지통에 있습니다
delete-deleted = 클립 { $count }개를 삭제했습니다
delete-kept = 클립 { $count }개는 남았습니다: { $problem }
delete-restored = 클립 { $count }개를 복원했습니다
delete-remove-failed = 클립을 라이브러리에서 제거할 수 없습니다
delete-failed = 삭제할 수 없습니다
delete-undo-failed = 삭제를 실행 취소할 수 없습니다

delete-folder-title = “{ $name }” 폴더를 삭제할까요?
delete-folder-empty = 폴더가 비어 있습니다.
delete-folder-message = 클립 { $count }개가 들어 있습니다. “미분류”로 되돌리거나 폴더와 함께 삭제하세요 (저장된 파일은 시스템 휴지통으로 이동하며, 바로 실행 취소할 수 있습니다).
delete-folder = 폴더 삭제
delete-folder-keep-clips = 클립은 “미분류”에 두기
delete-folder-with-clips = 클립 { $count }개도 삭제
delete-folder-done-unfiled = “{ $name }” 폴더를 삭제했습니다 — 클립은 “미분류”로 돌아갔습니다
delete-folder-done = “{ $name }” 폴더를 삭제했습니다
delete-folder-failed = 폴더를 삭제할 수 없습니다
