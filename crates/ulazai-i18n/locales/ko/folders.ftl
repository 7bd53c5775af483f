folders-library = 라이브러리
folders-all = 모든 클립
folders-unfiled = 미분류
folders-heading = 폴더
folders-count = { $count }
folders-summary = 클립 { $clips }개 · 크레딧 { $credits }
folders-new = 새 폴더
folders-name = 폴더 이름
folders-new-name = 새 폴더 이름
folders-rename-label = { $name } 이름 변경
folders-rename-tip = 이름 변경 (F2)
folders-delete-label = { $name } 삭제
folders-delete-tip = 폴더 삭제
folders-empty-create = 폴더를 만들어
folders-empty-rest = 클립을 묶어 보세요. 카드를 폴더로 드래그하면 됩니다.
folders-drop-hint =
    { $count ->
        [1] 폴더에 놓으면 클립을 옮깁니다
       *[other] 폴더에 놓으면 클립 { $count }개를 옮깁니다
    }
folders-created = “{ $name }” 폴더를 만들었습니다
folders-create-failed = 폴더를 만들 수 없습니다
folders-rename-failed = 폴더 이름을 바꿀 수 없습니다

folders-library-dir-failed = 라이브러리 폴더를 바꿀 수 없습니다
folders-saved = 라이브러리에 저장했습니다: { $name }
folders-save-failed = 클립을 저장할 수 없습니다
folders-open-failed = 파일을 열 수 없습니다
folders-reveal-failed = 파일을 표시할 수 없습니다
folders-copy-unsafe = 이 URL은 안전한 https 링크가 아니어서 복사하지 않았습니다.
folders-link-copied = 링크를 복사했습니다
folders-path-copied = 파일 경로를 복사했습니다
