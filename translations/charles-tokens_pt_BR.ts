<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The server said: “%1”</source>
        <translation>O servidor respondeu: “%1”</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and your network connection, then try again.</source>
        <translation>Não foi possível acessar o servidor. Verifique o endereço e a sua conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Try again.</source>
        <translation>A conexão com o servidor caiu antes da resposta. Tente novamente.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified, so nothing was sent. Check its certificate or the CA configured for this server.</source>
        <translation>Não foi possível verificar a identidade do servidor, por isso nada foi enviado. Verifique o certificado dele ou a CA configurada para este servidor.</translation>
    </message>
    <message>
        <source>The server took too long to answer. Try again.</source>
        <translation>O servidor demorou demais para responder. Tente novamente.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Usuário ou senha incorretos.</translation>
    </message>
    <message>
        <source>This server does not allow password sign-in for the configured client id. Check the client id in the server settings, or ask the Charles administrators.</source>
        <translation>Este servidor não permite entrar com senha usando o ID do cliente configurado. Verifique o ID do cliente nas configurações do servidor ou fale com os administradores do Charles.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>Sua sessão expirou. Entre novamente para continuar.</translation>
    </message>
    <message>
        <source>Your account may not manage system tokens. Only root users can.</source>
        <translation>Sua conta não pode gerenciar tokens sistêmicos. Somente usuários root podem fazer isso.</translation>
    </message>
    <message>
        <source>Your account is not a root account. The System Token area is available only to root users; ask a Charles administrator for access.</source>
        <translation>Sua conta não é uma conta root. A área de tokens sistêmicos está disponível somente para usuários root; peça acesso a um administrador do Charles.</translation>
    </message>
    <message>
        <source>It no longer exists on the server.</source>
        <translation>O item não existe mais no servidor.</translation>
    </message>
    <message>
        <source>The server refused the action.</source>
        <translation>O servidor recusou a ação.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>O servidor recusou a solicitação.</translation>
    </message>
    <message>
        <source>The server is unavailable right now (HTTP %1). Try again in a moment.</source>
        <translation>O servidor está indisponível no momento (HTTP %1). Tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again; if it persists, contact the Charles administrators.</source>
        <translation>O servidor teve um erro interno (HTTP %1). Tente novamente; se o erro continuar, fale com os administradores do Charles.</translation>
    </message>
    <message>
        <source>The server sent an answer this application does not understand.</source>
        <translation>O servidor enviou uma resposta que este aplicativo não entende.</translation>
    </message>
    <message>
        <source>No keychain is available, so you will have to sign in again next time.</source>
        <translation>Não há um chaveiro do sistema disponível, então você terá de entrar novamente da próxima vez.</translation>
    </message>
    <message>
        <source>(Error id for support: %1)</source>
        <translation>(ID do erro para o suporte: %1)</translation>
    </message>
    <message>
        <source>The token was not found.</source>
        <translation>O token não foi encontrado.</translation>
    </message>
    <message>
        <source>This token was already revoked.</source>
        <translation>Este token já foi revogado.</translation>
    </message>
    <message>
        <source>A revoked token cannot be regenerated.</source>
        <translation>Um token revogado não pode ser regerado.</translation>
    </message>
    <message>
        <source>Some of the chosen workspaces no longer exist.</source>
        <translation>Alguns dos workspaces escolhidos não existem mais.</translation>
    </message>
    <message>
        <source>The server does not accept the chosen scopes.</source>
        <translation>O servidor não aceita os escopos escolhidos.</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Escolha pelo menos um escopo.</translation>
    </message>
    <message>
        <source>Choose at least one workspace, or all workspaces.</source>
        <translation>Escolha pelo menos um workspace ou todos os workspaces.</translation>
    </message>
    <message>
        <source>The server refused the request as incomplete.</source>
        <translation>O servidor recusou a solicitação por estar incompleta.</translation>
    </message>
    <message>
        <source>Your account has no Charles user: ask an administrator to create it.</source>
        <translation>Sua conta não tem um usuário no Charles: peça a um administrador que o crie.</translation>
    </message>
    <message>
        <source>The session is no longer active.</source>
        <translation>A sessão não está mais ativa.</translation>
    </message>
    <message>
        <source>This client may not sign in with a password.</source>
        <translation>Este cliente não pode entrar com senha.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another name, so nothing was sent. Check the server address.</source>
        <translation>O certificado do servidor foi emitido para outro nome, por isso nada foi enviado. Verifique o endereço do servidor.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage the system tokens of a Charles C.D. installation.</source>
        <translation>Gerencia os tokens sistêmicos de uma instalação do Charles C.D.</translation>
    </message>
    <message>
        <source>Start a local Charles simulator with sample data and sign in to it.</source>
        <translation>Inicia um simulador local do Charles com dados de exemplo e entra nele.</translation>
    </message>
    <message>
        <source>The Charles base URL to sign in to.</source>
        <translation>A URL base do Charles em que você vai entrar.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Keycloak&apos;s base URL, the part before /realms (default: &lt;server&gt;/keycloak/auth).</source>
        <translation>A URL base do Keycloak, a parte antes de /realms (padrão: &lt;servidor&gt;/keycloak/auth).</translation>
    </message>
    <message>
        <source>The Keycloak realm (default: charlescd).</source>
        <translation>O realm do Keycloak (padrão: charlescd).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>The Keycloak client id (default: charlescd-client).</source>
        <translation>O ID do cliente no Keycloak (padrão: charlescd-client).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The e-mail or user name to sign in with.</source>
        <translation>O e-mail ou nome de usuário para entrar.</translation>
    </message>
    <message>
        <source>The language of the interface: en or pt_BR.</source>
        <translation>O idioma da interface: en ou pt_BR.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// address.</source>
        <translation>--server precisa de um endereço http:// ou https://.</translation>
    </message>
    <message>
        <source>--auth-url needs an http:// or https:// address.</source>
        <translation>--auth-url precisa de um endereço http:// ou https://.</translation>
    </message>
    <message>
        <source>--lang accepts en or pt_BR.</source>
        <translation>--lang aceita en ou pt_BR.</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>Revoke “%1”?</source>
        <translation>Revogar “%1”?</translation>
    </message>
    <message>
        <source>Revoke the system token “%1”?</source>
        <translation>Revogar o token sistêmico “%1”?</translation>
    </message>
    <message>
        <source>Applications and pipelines using this token will lose access to Charles at once. This cannot be undone.</source>
        <translation>As aplicações e os pipelines que usam este token perderão o acesso ao Charles imediatamente. Essa ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>Yes, &amp;revoke token</source>
        <translation>Sim, &amp;revogar token</translation>
    </message>
    <message>
        <source>&amp;Cancel, keep token</source>
        <translation>&amp;Cancelar, manter token</translation>
    </message>
    <message>
        <source>Regenerate “%1”?</source>
        <translation>Regerar “%1”?</translation>
    </message>
    <message>
        <source>Regenerate the system token “%1”?</source>
        <translation>Regerar o token sistêmico “%1”?</translation>
    </message>
    <message>
        <source>Its current value stops working at once: applications and pipelines using it lose access until they are given the new value. This cannot be undone.</source>
        <translation>O valor atual deixa de funcionar imediatamente: as aplicações e os pipelines que o usam perdem o acesso até receberem o novo valor. Essa ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>Yes, r&amp;egenerate token</source>
        <translation>Sim, r&amp;egerar token</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Fechar sem copiar?</translation>
    </message>
    <message>
        <source>You won&apos;t be able to see this token again. Close anyway?</source>
        <translation>Você não poderá ver este token novamente. Fechar mesmo assim?</translation>
    </message>
    <message>
        <source>The value is not stored anywhere. If you lose it, you will have to regenerate the token.</source>
        <translation>O valor não fica guardado em lugar nenhum. Se você perdê-lo, terá de regerar o token.</translation>
    </message>
    <message>
        <source>&amp;Yes, close</source>
        <translation>&amp;Sim, fechar</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <comment>keep the token dialog open</comment>
        <translation>&amp;Não</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>no futuro</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>há %n minuto</numerusform>
            <numerusform>há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>há %n hora</numerusform>
            <numerusform>há %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>há %n mês</numerusform>
            <numerusform>há %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>há %n ano</numerusform>
            <numerusform>há %n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a date and time, %2 how long ago it was, e.g. &quot;3 days ago&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ScopeText</name>
    <message>
        <source>Modules</source>
        <comment>scope name</comment>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Circles</source>
        <comment>scope name</comment>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Deploy</source>
        <comment>scope name</comment>
        <translation>Deploy</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>scope name</comment>
        <translation>Manutenção</translation>
    </message>
    <message>
        <source>All permissions</source>
        <extracomment>A scope&apos;s permission when the token has every action of that scope</extracomment>
        <translation>Todas as permissões</translation>
    </message>
    <message>
        <source>Write</source>
        <comment>permission level: write access</comment>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Read</source>
        <comment>permission level: read access</comment>
        <translation>Leitura</translation>
    </message>
</context>
<context>
    <name>TokenList</name>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Modules: write</source>
        <translation>Módulos: escrita</translation>
    </message>
    <message>
        <source>Modules: read</source>
        <translation>Módulos: leitura</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Circles: write</source>
        <translation>Círculos: escrita</translation>
    </message>
    <message>
        <source>Circles: read</source>
        <translation>Círculos: leitura</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deploy</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenção</translation>
    </message>
    <message>
        <source>No scopes</source>
        <translation>Nenhum escopo</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Todos os workspaces</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nunca usado</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation>Usado em %1</translation>
    </message>
</context>
<context>
    <name>charles::Application</name>
    <message>
        <source>The session could not be renewed just now; trying again shortly.</source>
        <translation>Não foi possível renovar a sessão agora; uma nova tentativa será feita em breve.</translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>The name of the server profile of demo mode</extracomment>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>Sign in to the demo</source>
        <translation>Entrar na demonstração</translation>
    </message>
    <message>
        <source>A token action is still waiting for the server. If you quit now, a new token value may be created and never shown.</source>
        <translation>Uma ação em um token ainda aguarda o servidor. Se você sair agora, um novo valor de token pode ser criado e nunca exibido.</translation>
    </message>
    <message numerus="yes">
        <source>The copied token leaves the clipboard in %n second(s).</source>
        <translation>
            <numerusform>O token copiado sai da área de transferência em %n segundo.</numerusform>
            <numerusform>O token copiado sai da área de transferência em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charles::ClipboardGuard</name>
    <message>
        <source>The copied token will be removed from the clipboard when you quit.</source>
        <translation>O token copiado será removido da área de transferência quando você sair.</translation>
    </message>
</context>
<context>
    <name>charles::ComparisonWindow</name>
    <message>
        <source>Compare tokens</source>
        <translation>Comparar tokens</translation>
    </message>
    <message>
        <source>Rows marked ≠ differ between the tokens. Open more tokens here with “Open side by side” in the main window.</source>
        <translation>As linhas marcadas com ≠ diferem entre os tokens. Para trazer mais tokens para cá, use “Abrir lado a lado” na janela principal.</translation>
    </message>
    <message>
        <source>How to read the comparison</source>
        <translation>Como ler a comparação</translation>
    </message>
    <message>
        <source>Tokens side by side</source>
        <translation>Tokens lado a lado</translation>
    </message>
    <message>
        <source>Show only &amp;differences</source>
        <translation>Mostrar somente as &amp;diferenças</translation>
    </message>
    <message>
        <source>Show only the rows that differ</source>
        <translation>Mostrar somente as linhas que diferem</translation>
    </message>
    <message>
        <source>&amp;Remove from comparison</source>
        <translation>&amp;Remover da comparação</translation>
    </message>
    <message>
        <source>Remove the selected token from the comparison</source>
        <translation>Remover o token selecionado da comparação</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Fechar a comparação</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Criado por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>Other scopes</source>
        <translation>Outros escopos</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>A scope the token has no permission on, in the comparison</extracomment>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nunca usado</translation>
    </message>
    <message>
        <source>All workspaces, including new ones</source>
        <translation>Todos os workspaces, incluindo novos</translation>
    </message>
    <message>
        <source>differs between the tokens</source>
        <translation>difere entre os tokens</translation>
    </message>
    <message numerus="yes">
        <source>Compare tokens (%n)</source>
        <translation>
            <numerusform>Comparar tokens (%n)</numerusform>
            <numerusform>Comparar tokens (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charles::CreateTokenWizard</name>
    <message>
        <source>New System Token</source>
        <translation>Novo token sistêmico</translation>
    </message>
    <message>
        <source>New system token</source>
        <translation>Novo token sistêmico</translation>
    </message>
    <message>
        <source>&amp;Generate token</source>
        <translation>&amp;Gerar token</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Gerar token</translation>
    </message>
    <message>
        <source>The server could not store a name this long. Try a shorter name.</source>
        <translation>O servidor não consegue guardar um nome tão longo. Use um nome mais curto.</translation>
    </message>
    <message>
        <source>No answer came back from the server, so the token “%1” may have been created anyway. The token list now shows the tokens with this name: check it, and revoke any token you do not want. Generating again may create a second token.</source>
        <translation>O servidor não respondeu, então o token “%1” pode ter sido criado mesmo assim. A lista de tokens agora mostra os tokens com esse nome: confira e revogue qualquer token que você não queira. Gerar de novo pode criar um segundo token.</translation>
    </message>
    <message>
        <source>The token was not generated. %1</source>
        <translation>O token não foi gerado. %1</translation>
    </message>
    <message>
        <source>Nothing you entered was lost: you can try again.</source>
        <translation>Nada do que você preencheu foi perdido: você pode tentar novamente.</translation>
    </message>
</context>
<context>
    <name>charles::MainWindow</name>
    <message>
        <source>Charles System Tokens</source>
        <translation>Charles System Tokens</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search tokens by name</source>
        <translation>Buscar tokens pelo nome</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nome do token</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Ordenar:</translation>
    </message>
    <message>
        <source>Sort tokens</source>
        <translation>Ordenar tokens</translation>
    </message>
    <message>
        <source>System tokens</source>
        <translation>Tokens sistêmicos</translation>
    </message>
    <message>
        <source>Loading more tokens</source>
        <translation>Carregando mais tokens</translation>
    </message>
    <message>
        <source>Loading more tokens…</source>
        <translation>Carregando mais tokens…</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Tentar de no&amp;vo</translation>
    </message>
    <message>
        <source>Try loading the tokens again</source>
        <translation>Tentar carregar os tokens de novo</translation>
    </message>
    <message>
        <source>Loading tokens</source>
        <translation>Carregando tokens</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Carregando tokens…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Tentar &amp;novamente</translation>
    </message>
    <message>
        <source>Retry loading the tokens</source>
        <translation>Tentar carregar os tokens novamente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Token actions</source>
        <translation>Ações do token</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Novo token…</translation>
    </message>
    <message>
        <source>Create a system token</source>
        <translation>Criar um token sistêmico</translation>
    </message>
    <message>
        <source>Re&amp;voke token…</source>
        <translation>Re&amp;vogar token…</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Revogar o token selecionado</translation>
    </message>
    <message>
        <source>Re&amp;generate token…</source>
        <translation>Re&amp;gerar token…</translation>
    </message>
    <message>
        <source>Replace the selected token&apos;s value with a new one</source>
        <translation>Substituir o valor do token selecionado por um novo</translation>
    </message>
    <message>
        <source>Open side by &amp;side</source>
        <translation>Abrir &amp;lado a lado</translation>
    </message>
    <message>
        <source>Open the selected token in its own window, to compare it with others</source>
        <translation>Abrir o token selecionado em uma janela própria, para compará-lo com outros</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Load the tokens again</source>
        <translation>Carregar os tokens novamente</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Encerrar sessã&amp;o</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About Charles System Tokens</source>
        <translation>&amp;Sobre o Charles System Tokens</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Newest first</source>
        <extracomment>Sort order of the token list, by creation date</extracomment>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <extracomment>Sort order of the token list, by creation date</extracomment>
        <translation>Mais antigos primeiro</translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation>Nome A–Z</translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation>Nome Z–A</translation>
    </message>
    <message>
        <source>Last used</source>
        <extracomment>Sort order of the token list: most recently used first</extracomment>
        <translation>Uso mais recente</translation>
    </message>
    <message>
        <source>Order of the tokens</source>
        <translation>Ordem dos tokens</translation>
    </message>
    <message>
        <source>Charles System Tokens — Demo</source>
        <translation>Charles System Tokens — Demonstração</translation>
    </message>
    <message>
        <source>Signed in as %1 to %2</source>
        <translation>Conectado como %1 no servidor %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) to %3</source>
        <translation>Conectado como %1 (%2) no servidor %3</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Entrando no servidor %1…</translation>
    </message>
    <message>
        <source>Your session with %1 has ended. Sign in again to continue.</source>
        <translation>Sua sessão no servidor %1 terminou. Entre novamente para continuar.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>No token was found for “%1”.</source>
        <translation>Nenhum token foi encontrado para “%1”.</translation>
    </message>
    <message>
        <source>About Charles System Tokens</source>
        <translation>Sobre o Charles System Tokens</translation>
    </message>
    <message>
        <source>Charles System Tokens %1</source>
        <translation>Charles System Tokens %1</translation>
    </message>
    <message>
        <source>No token was found.
Create one with New token (%1).</source>
        <translation>Nenhum token foi encontrado.
Crie um com Novo token (%1).</translation>
    </message>
    <message>
        <source>Quit Charles System Tokens?</source>
        <translation>Sair do Charles System Tokens?</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Sair mesmo assim</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Não sair</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>version of a library</comment>
        <translation>(versão desconhecida)</translation>
    </message>
    <message>
        <source>Manage the system tokens of a Charles C.D. installation.</source>
        <translation>Gerencia os tokens sistêmicos de uma instalação do Charles C.D.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilado com o Qt %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>Distributed under the Apache License, version 2.0.</source>
        <translation>Distribuído sob a Licença Apache, versão 2.0.</translation>
    </message>
    <message>
        <source>Project page: %1</source>
        <translation>Página do projeto: %1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Aguardando o servidor…</translation>
    </message>
    <message>
        <source>Wait, or paste what you copied where it belongs, then quit; or quit anyway.</source>
        <translation>Aguarde, ou cole o que você copiou onde for preciso e então saia; ou saia mesmo assim.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
</context>
<context>
    <name>charles::NamePage</name>
    <message>
        <source>Token name</source>
        <translation>Nome do token</translation>
    </message>
    <message>
        <source>Give the token a name that tells where it is used, such as the pipeline or the integration it serves. Names need not be unique.</source>
        <translation>Dê ao token um nome que indique onde ele é usado, como o pipeline ou a integração que ele atende. Os nomes não precisam ser únicos.</translation>
    </message>
    <message>
        <source>e.g. payments-pipeline</source>
        <translation>ex.: pipeline-pagamentos</translation>
    </message>
    <message>
        <source>Name length</source>
        <translation>Tamanho do nome</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problema no nome</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>How the token is called in the list.</source>
        <translation>Como o token aparece na lista.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>name length counter: characters typed/maximum</comment>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Name length: %1 of at most %n character(s)</source>
        <translation>
            <numerusform>Tamanho do nome: %1 de no máximo %n caractere</numerusform>
            <numerusform>Tamanho do nome: %1 de no máximo %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the token.</source>
        <translation>Digite um nome para o token.</translation>
    </message>
    <message>
        <source>The name cannot be made of spaces only.</source>
        <translation>O nome não pode ter apenas espaços.</translation>
    </message>
    <message numerus="yes">
        <source>The name is %n character(s) too long.</source>
        <translation>
            <numerusform>O nome tem %n caractere a mais.</numerusform>
            <numerusform>O nome tem %n caracteres a mais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s) are allowed.</source>
        <translation>
            <numerusform>É permitido no máximo %n caractere.</numerusform>
            <numerusform>São permitidos no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nome:</translation>
    </message>
</context>
<context>
    <name>charles::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>&amp;Clear the clipboard after:</source>
        <translation>&amp;Limpar a área de transferência após:</translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation>Segundos até a área de transferência ser limpa</translation>
    </message>
    <message>
        <source>&amp;Search when typing pauses for:</source>
        <translation>&amp;Buscar quando a digitação parar por:</translation>
    </message>
    <message>
        <source>Milliseconds the search waits after the last key</source>
        <translation>Milissegundos que a busca espera após a última tecla</translation>
    </message>
    <message>
        <source>A copied token is removed from the clipboard after this time (1 second to 24 hours), if the clipboard still holds it. Applies to the next copy.</source>
        <translation>Um token copiado é removido da área de transferência após esse tempo (de 1 segundo a 24 horas), se ela ainda o contiver. Vale a partir da próxima cópia.</translation>
    </message>
    <message>
        <source>The list asks the server again once you stop typing for this long (0 to 5000 ms). Enter searches at once.</source>
        <translation>A lista consulta o servidor de novo quando você para de digitar por esse tempo (de 0 a 5000 ms). Enter busca na hora.</translation>
    </message>
    <message>
        <source>Preferences Not Saved</source>
        <translation>Preferências não salvas</translation>
    </message>
    <message>
        <source>The preferences could not be saved in %1. Check that this file and its folder can be written, then try again.</source>
        <translation>Não foi possível salvar as preferências em %1. Verifique se esse arquivo e a pasta dele podem ser gravados e tente de novo.</translation>
    </message>
    <message numerus="yes">
        <source> second(s)</source>
        <extracomment>After the number of seconds in a spin box, with its leading space</extracomment>
        <translation>
            <numerusform> segundo</numerusform>
            <numerusform> segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Restaurar padrões</translation>
    </message>
</context>
<context>
    <name>charles::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Workspaces:</source>
        <translation>Workspaces:</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Escopos:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Escopos</translation>
    </message>
    <message>
        <source>The token&apos;s value is shown once, right after it is generated. Have a safe place ready to keep it.</source>
        <translation>O valor do token é mostrado uma única vez, logo depois de ser gerado. Tenha um lugar seguro pronto para guardá-lo.</translation>
    </message>
    <message>
        <source>Generating the token</source>
        <translation>Gerando o token</translation>
    </message>
    <message>
        <source>Generating the token…</source>
        <translation>Gerando o token…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problem generating the token</source>
        <translation>Problema ao gerar o token</translation>
    </message>
    <message>
        <source>%1 — All permissions</source>
        <comment>scope — permission</comment>
        <translation>%1 — Todas as permissões</translation>
    </message>
    <message>
        <source>%1 — Write</source>
        <comment>scope — permission</comment>
        <translation>%1 — Escrita</translation>
    </message>
    <message>
        <source>%1 — Read</source>
        <comment>scope — permission</comment>
        <translation>%1 — Leitura</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deploy</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenção</translation>
    </message>
    <message>
        <source>Check the token, then generate it.</source>
        <translation>Confira o token antes de gerá-lo.</translation>
    </message>
    <message>
        <source>All workspaces, including new ones</source>
        <translation>Todos os workspaces, incluindo novos</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s): %1</source>
        <translation>
            <numerusform>%n workspace: %1</numerusform>
            <numerusform>%n workspaces: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charles::ScopesPage</name>
    <message>
        <source>Scopes</source>
        <translation>Escopos</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Full access to the modules APIs: read and write.</source>
        <translation>Acesso completo às APIs de módulos: leitura e escrita.</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>&amp;Módulos</translation>
    </message>
    <message>
        <source>Modules description</source>
        <translation>Descrição de Módulos</translation>
    </message>
    <message>
        <source>Modules: write</source>
        <translation>Módulos: escrita</translation>
    </message>
    <message>
        <source>Create, update and delete modules.</source>
        <translation>Criar, atualizar e excluir módulos.</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Escrita</translation>
    </message>
    <message>
        <source>Modules: write description</source>
        <translation>Descrição de Módulos: escrita</translation>
    </message>
    <message>
        <source>Modules: read</source>
        <translation>Módulos: leitura</translation>
    </message>
    <message>
        <source>Read all modules.</source>
        <translation>Ler todos os módulos.</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leitura</translation>
    </message>
    <message>
        <source>Modules: read description</source>
        <translation>Descrição de Módulos: leitura</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>Full access to the circles APIs: read and write.</source>
        <translation>Acesso completo às APIs de círculos: leitura e escrita.</translation>
    </message>
    <message>
        <source>&amp;Circles</source>
        <translation>&amp;Círculos</translation>
    </message>
    <message>
        <source>Circles description</source>
        <translation>Descrição de Círculos</translation>
    </message>
    <message>
        <source>Circles: write</source>
        <translation>Círculos: escrita</translation>
    </message>
    <message>
        <source>Create, update and delete circles.</source>
        <translation>Criar, atualizar e excluir círculos.</translation>
    </message>
    <message>
        <source>Wr&amp;ite</source>
        <translation>Escri&amp;ta</translation>
    </message>
    <message>
        <source>Circles: write description</source>
        <translation>Descrição de Círculos: escrita</translation>
    </message>
    <message>
        <source>Circles: read</source>
        <translation>Círculos: leitura</translation>
    </message>
    <message>
        <source>Read all circles.</source>
        <translation>Ler todos os círculos.</translation>
    </message>
    <message>
        <source>R&amp;ead</source>
        <translation>Le&amp;itura</translation>
    </message>
    <message>
        <source>Circles: read description</source>
        <translation>Descrição de Círculos: leitura</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deploy</translation>
    </message>
    <message>
        <source>Full access to deploying releases in circles: read and write.</source>
        <translation>Acesso completo ao deploy de releases nos círculos: leitura e escrita.</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Deploy</translation>
    </message>
    <message>
        <source>Deploy description</source>
        <translation>Descrição de Deploy</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenção</translation>
    </message>
    <message>
        <source>Full access to the workspaces&apos; settings: read and write.</source>
        <translation>Acesso completo às configurações dos workspaces: leitura e escrita.</translation>
    </message>
    <message>
        <source>M&amp;aintenance</source>
        <translation>Ma&amp;nutenção</translation>
    </message>
    <message>
        <source>Maintenance description</source>
        <translation>Descrição de Manutenção</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problem with the scopes</source>
        <translation>Problema nos escopos</translation>
    </message>
    <message>
        <source>What the token may do in its workspaces. Choose at least one scope.</source>
        <translation>Quais ações o token poderá realizar nos workspaces. Escolha pelo menos um escopo.</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Escolha pelo menos um escopo.</translation>
    </message>
</context>
<context>
    <name>charles::SignInDialog</name>
    <message>
        <source>Sign in to Charles</source>
        <translation>Entrar no Charles</translation>
    </message>
    <message>
        <source>Sign in with a root account to manage the system tokens of a Charles installation.</source>
        <translation>Entre com uma conta root para gerenciar os tokens sistêmicos de uma instalação do Charles.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Perfil do servidor</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nome de e&amp;xibição:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Optional, e.g. Production</source>
        <translation>Opcional, ex.: Produção</translation>
    </message>
    <message>
        <source>Charles &amp;address:</source>
        <translation>&amp;Endereço do Charles:</translation>
    </message>
    <message>
        <source>Charles address</source>
        <translation>Endereço do Charles</translation>
    </message>
    <message>
        <source>https://charles.example.com</source>
        <translation>https://charles.example.com</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostrar configurações avançadas</translation>
    </message>
    <message>
        <source>&amp;Keycloak address:</source>
        <translation>Endereço do &amp;Keycloak:</translation>
    </message>
    <message>
        <source>Keycloak address</source>
        <translation>Endereço do Keycloak</translation>
    </message>
    <message>
        <source>&amp;Realm:</source>
        <translation>&amp;Realm:</translation>
    </message>
    <message>
        <source>Keycloak realm</source>
        <translation>Realm do Keycloak</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>ID do c&amp;liente:</translation>
    </message>
    <message>
        <source>Keycloak client ID</source>
        <translation>ID do cliente no Keycloak</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificado de &amp;CA:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Arquivo do certificado de CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Escolher um arquivo de certificado de CA</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>E-mail or user name</source>
        <translation>E-mail ou nome de usuário</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Keep me signed in</source>
        <translation>Manter-me conectado</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Entrando</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>En&amp;trar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>New server…</source>
        <translation>Novo servidor…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Entrar novamente</translation>
    </message>
    <message>
        <source>Your session with %1 has ended. Sign in again to go on where you left off.</source>
        <translation>Sua sessão no servidor %1 terminou. Entre novamente para continuar de onde parou.</translation>
    </message>
    <message>
        <source>&lt;Charles address&gt;/keycloak/auth</source>
        <translation>&lt;endereço do Charles&gt;/keycloak/auth</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Ocultar configurações avançadas</translation>
    </message>
    <message>
        <source>Enter the Charles address as a full URL, for example https://charles.example.com.</source>
        <translation>Digite o endereço do Charles como uma URL completa, por exemplo https://charles.example.com.</translation>
    </message>
    <message>
        <source>Enter the Keycloak address as a full URL, for example https://charles.example.com/keycloak/auth, or leave it empty.</source>
        <translation>Digite o endereço do Keycloak como uma URL completa, por exemplo https://charles.example.com/keycloak/auth, ou deixe o campo vazio.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read. Choose another file or leave the field empty.</source>
        <translation>Não foi possível ler o arquivo do certificado de CA. Escolha outro arquivo ou deixe o campo vazio.</translation>
    </message>
    <message>
        <source>Enter your e-mail or user name.</source>
        <translation>Digite seu e-mail ou nome de usuário.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation>Escolha um certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Optional PEM file</source>
        <translation>Arquivo PEM opcional</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado não confiável</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified:
%1</source>
        <translation>Não foi possível verificar o certificado do servidor:
%1</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
SHA-256 fingerprint:
%3

Trust this exact certificate for this server only if you have checked its fingerprint with the server&apos;s administrators. Nothing was sent.</source>
        <translation>Titular: %1
Emissor: %2
Impressão digital SHA-256:
%3

Confie neste certificado específico para este servidor somente se você tiver conferido a impressão digital dele com os administradores do servidor. Nada foi enviado.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Confiar neste certificado</translation>
    </message>
    <message>
        <source>Advanced se&amp;ttings</source>
        <translation>Configurações a&amp;vançadas</translation>
    </message>
    <message>
        <source>Keep me si&amp;gned in</source>
        <translation>&amp;Manter-me conectado</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address: sign in with the fields below instead.</source>
        <translation>Remova o nome de usuário e a senha do endereço: entre usando os campos abaixo.</translation>
    </message>
</context>
<context>
    <name>charles::TokenActions</name>
    <message>
        <source>The token “%1” was revoked.</source>
        <translation>O token “%1” foi revogado.</translation>
    </message>
    <message>
        <source>Token not found</source>
        <translation>Token não encontrado</translation>
    </message>
    <message>
        <source>This token no longer exists.</source>
        <translation>Este token não existe mais.</translation>
    </message>
    <message>
        <source>“%1” is taken off the list.</source>
        <translation>“%1” foi retirado da lista.</translation>
    </message>
    <message>
        <source>Token already revoked</source>
        <translation>Token já revogado</translation>
    </message>
    <message>
        <source>This token was already revoked.</source>
        <translation>Este token já foi revogado.</translation>
    </message>
    <message>
        <source>Someone else revoked “%1” in the meantime. It is taken off the list.</source>
        <translation>Outra pessoa revogou “%1” nesse meio-tempo. Ele foi retirado da lista.</translation>
    </message>
    <message>
        <source>Revoking may not have finished</source>
        <translation>A revogação pode não ter sido concluída</translation>
    </message>
    <message>
        <source>No answer came back, so the token “%1” may or may not be revoked.</source>
        <translation>Nenhuma resposta chegou, então não se sabe se o token “%1” foi revogado.</translation>
    </message>
    <message>
        <source>Revoke it again to be sure: revoking a token that is already revoked does no harm.</source>
        <translation>Revogue-o novamente para ter certeza: revogar um token já revogado não causa nenhum problema.</translation>
    </message>
    <message>
        <source>Token not revoked</source>
        <translation>Token não revogado</translation>
    </message>
    <message>
        <source>The token “%1” was not revoked.</source>
        <translation>O token “%1” não foi revogado.</translation>
    </message>
    <message>
        <source>Token revoked</source>
        <translation>Token revogado</translation>
    </message>
    <message>
        <source>The server refused to regenerate “%1”: the token was revoked.</source>
        <translation>O servidor se recusou a regerar “%1”: o token foi revogado.</translation>
    </message>
    <message>
        <source>A revoked token cannot be regenerated. It is taken off the list; create a new token instead.</source>
        <translation>Um token revogado não pode ser regerado. Ele foi retirado da lista; crie um novo token no lugar dele.</translation>
    </message>
    <message>
        <source>Regenerating may have happened</source>
        <translation>O token pode ter sido regerado</translation>
    </message>
    <message>
        <source>No answer came back, so the token “%1” may have been regenerated: its old value may have stopped working.</source>
        <translation>Nenhuma resposta chegou, então o token “%1” pode ter sido regerado: o valor antigo pode ter deixado de funcionar.</translation>
    </message>
    <message>
        <source>Regenerate it again to get a value you can see.</source>
        <translation>Regere-o novamente para obter um valor que você possa ver.</translation>
    </message>
    <message>
        <source>Token not regenerated</source>
        <translation>Token não regerado</translation>
    </message>
    <message>
        <source>The token “%1” was not regenerated.</source>
        <translation>O token “%1” não foi regerado.</translation>
    </message>
    <message>
        <source>The token “%1” was created.</source>
        <translation>O token “%1” foi criado.</translation>
    </message>
</context>
<context>
    <name>charles::TokenDetailsWidget</name>
    <message>
        <source>Token details</source>
        <translation>Detalhes do token</translation>
    </message>
    <message>
        <source>Select a token to see its details.</source>
        <translation>Selecione um token para ver os detalhes.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Escopos</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permissão</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Revogar token</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Regerar token</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nome do token</translation>
    </message>
    <message>
        <source>This token no longer exists. Someone may have revoked it.</source>
        <translation>Este token não existe mais. Talvez alguém o tenha revogado.</translation>
    </message>
    <message>
        <source>The details could not be refreshed: %1</source>
        <translation>Não foi possível atualizar os detalhes: %1</translation>
    </message>
    <message>
        <source>This token has been revoked. Applications using it no longer have access.</source>
        <translation>Este token foi revogado. As aplicações que o usam não têm mais acesso.</translation>
    </message>
    <message>
        <source>Created by an unknown user</source>
        <translation>Criado por um usuário desconhecido</translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation>Criado por %1</translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation>Criado em %1</translation>
    </message>
    <message>
        <source>Last used at %1</source>
        <translation>Último uso em %1</translation>
    </message>
    <message>
        <source>This token has not been used yet</source>
        <translation>Este token ainda não foi usado</translation>
    </message>
    <message>
        <source>All workspaces, including new ones</source>
        <translation>Todos os workspaces, incluindo novos</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Nenhum workspace</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Atualizando…</translation>
    </message>
</context>
<context>
    <name>charles::TokenValueDialog</name>
    <message>
        <source>New token value</source>
        <translation>Novo valor do token</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nome do token</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>Token value</source>
        <translation>Valor do token</translation>
    </message>
    <message>
        <source>The new token&apos;s value, shown only this once</source>
        <translation>O valor do novo token, mostrado somente desta vez</translation>
    </message>
    <message>
        <source>Copy the token value</source>
        <translation>Copiar o valor do token</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>Status da área de transferência</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>This value is not stored anywhere and you will not be able to see it again. Copy it now and keep it somewhere safe.</source>
        <translation>Este valor não fica guardado em lugar nenhum, e você não poderá vê-lo novamente. Copie-o agora e guarde-o em um lugar seguro.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botões da caixa de diálogo</translation>
    </message>
    <message>
        <source>Token Created</source>
        <translation>Token criado</translation>
    </message>
    <message>
        <source>Token Regenerated</source>
        <translation>Token regerado</translation>
    </message>
    <message>
        <source>Your token has been created!</source>
        <translation>Seu token foi criado!</translation>
    </message>
    <message>
        <source>Your token has been regenerated!</source>
        <translation>Seu token foi regerado!</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>Copy the value before closing this window.</source>
        <translation>Copie o valor antes de fechar esta janela.</translation>
    </message>
    <message>
        <source>Copied</source>
        <comment>button feedback after copying</comment>
        <translation>Copiado</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copiado. A área de transferência será limpa em %n segundo.</numerusform>
            <numerusform>Copiado. A área de transferência será limpa em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>The value could not be put on the clipboard. Select it in the field above and copy it by hand (Ctrl+C).</source>
        <translation>Não foi possível colocar o valor na área de transferência. Selecione-o no campo acima e copie-o manualmente (Ctrl+C).</translation>
    </message>
    <message>
        <source>The token was removed from the clipboard.</source>
        <translation>O token foi removido da área de transferência.</translation>
    </message>
    <message>
        <source>The clipboard holds something else now; the token is no longer in it.</source>
        <translation>A área de transferência agora contém outra coisa; o token não está mais nela.</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
</context>
<context>
    <name>charles::WorkspacesPage</name>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>All workspaces, including new ones</source>
        <translation>Todos os workspaces, incluindo novos</translation>
    </message>
    <message>
        <source>&amp;All workspaces (including new ones)</source>
        <translation>&amp;Todos os workspaces (incluindo novos)</translation>
    </message>
    <message>
        <source>Only the workspaces I select</source>
        <translation>Somente os workspaces que eu selecionar</translation>
    </message>
    <message>
        <source>&amp;Only the workspaces I select</source>
        <translation>&amp;Somente os workspaces que eu selecionar</translation>
    </message>
    <message>
        <source>Workspace selection</source>
        <translation>Seleção de workspaces</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search workspaces by name</source>
        <translation>Buscar workspaces pelo nome</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nome do workspace</translation>
    </message>
    <message>
        <source>Check the workspaces the token may reach</source>
        <translation>Marque os workspaces que o token poderá acessar</translation>
    </message>
    <message>
        <source>Workspace list status</source>
        <translation>Status da lista de workspaces</translation>
    </message>
    <message>
        <source>Load the workspaces again</source>
        <translation>Carregar os workspaces novamente</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Tentar &amp;novamente</translation>
    </message>
    <message>
        <source>Selected workspaces</source>
        <translation>Workspaces selecionados</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problem with the workspaces</source>
        <translation>Problema nos workspaces</translation>
    </message>
    <message>
        <source>Which workspaces the token may reach.</source>
        <translation>Quais workspaces o token poderá acessar.</translation>
    </message>
    <message>
        <source>Loading workspaces…</source>
        <translation>Carregando workspaces…</translation>
    </message>
    <message>
        <source>There are no workspaces yet.</source>
        <translation>Ainda não há workspaces.</translation>
    </message>
    <message>
        <source>No workspace matches “%1”.</source>
        <translation>Nenhum workspace corresponde a “%1”.</translation>
    </message>
    <message>
        <source>The workspaces could not be loaded. %1</source>
        <translation>Não foi possível carregar os workspaces. %1</translation>
    </message>
    <message>
        <source>No workspace selected yet: check at least one.</source>
        <translation>Nenhum workspace selecionado ainda: marque pelo menos um.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>selected workspace names, then a count</comment>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) selected: %1</source>
        <translation>
            <numerusform>%n workspace selecionado: %1</numerusform>
            <numerusform>%n workspaces selecionados: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo could not start its local server on 127.0.0.1.</source>
        <translation>A demonstração não conseguiu iniciar o servidor local em 127.0.0.1.</translation>
    </message>
</context>
</TS>
